using Workflows.Model.Definitions;

namespace Workflows.Runtime.Metrics;

/// <summary>
/// One KPI at one instant. <see cref="Value"/> is null when there is nothing to aggregate (no units, no tasks).
/// <see cref="OnTrack"/>: the target is met, or its deadline has not passed yet.
/// </summary>
public sealed record MetricValue(
    string Id,
    Text Title,
    MetricAggregate Aggregate,
    double? Value,
    int Count,
    MetricTarget? Target,
    string? Deadline,
    bool Met,
    bool OnTrack,
    DateTimeOffset At);
