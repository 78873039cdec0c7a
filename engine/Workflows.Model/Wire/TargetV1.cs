using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>A metric target: <c>op</c> (<c>&gt;=</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&lt;</c>, <c>==</c>) and a number or <c>{"param": name}</c>.</summary>
public sealed record TargetV1
{
    public string? Op { get; init; }
    public JsonNode? Value { get; init; }
}
