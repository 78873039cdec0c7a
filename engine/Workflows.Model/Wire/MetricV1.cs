using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// A KPI: <c>aggregate</c> is <c>count</c> or <c>share</c> of units of <c>unitType</c> for which <c>where</c>
/// holds, <c>sum</c>/<c>avg</c>/<c>min</c>/<c>max</c> of a unit state <c>variable</c>, or <c>completionRate</c>/
/// <c>onTimeRate</c> of the tasks of <c>task</c>; compared with <c>target</c> by <c>deadline</c>.
/// </summary>
public sealed record MetricV1
{
    public TextV1? Title { get; init; }
    public string? Aggregate { get; init; }
    public string? UnitType { get; init; }
    public string? Where { get; init; }
    public string? Variable { get; init; }
    public string? Task { get; init; }
    public TargetV1? Target { get; init; }
    public JsonNode? Deadline { get; init; }
}
