using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>When a task falls due: within a period of its creation, on a date, or as a rule computes.</summary>
public sealed record Due(Period? Within, LocalDate? Date, string? Rule);
