using NodaTime;

namespace Workflows.Model.Definitions;

public sealed record Metric(
    string Id,
    Text Title,
    MetricAggregate Aggregate,
    string? UnitType,
    string? Where,
    string? Variable,
    string? Task,
    MetricTarget? Target,
    LocalDate? Deadline);
