using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// A typed value an adopting city may change: <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c>,
/// <c>date</c> (yyyy-MM-dd), <c>year</c> (the seeds' "20xx") or <c>duration</c> (ISO 8601, e.g. P3Y).
/// </summary>
public sealed record ParameterV1
{
    public string? Type { get; init; }
    public JsonNode? Default { get; init; }
    public TextV1? Label { get; init; }
    public TextV1? Description { get; init; }
    public string? Unit { get; init; }
    public JsonNode? Minimum { get; init; }
    public JsonNode? Maximum { get; init; }
    public List<JsonNode?>? Enum { get; init; }
    public string? Pattern { get; init; }
}
