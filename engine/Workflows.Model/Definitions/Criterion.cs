using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>A sentry: it holds when every condition it names holds.</summary>
public sealed record Criterion(LocalDate? Date, string? After, string? Rule, bool Manual, bool TasksCompleted);
