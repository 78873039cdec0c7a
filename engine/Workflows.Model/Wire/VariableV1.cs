using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>A state variable: <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>string</c> or <c>date</c>, with a default.</summary>
public sealed record VariableV1
{
    public string? Type { get; init; }
    public JsonNode? Default { get; init; }
    public TextV1? Label { get; init; }
    public List<JsonNode?>? Enum { get; init; }
    public JsonNode? Minimum { get; init; }
    public JsonNode? Maximum { get; init; }
}
