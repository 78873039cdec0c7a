using NodaTime;

namespace Workflows.Model.Definitions;

public sealed record Escalation(Period After, string? To);
