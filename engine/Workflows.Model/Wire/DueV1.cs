using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>When a task falls due: <c>within</c> a duration (ISO 8601, or <c>{"param": name}</c>) of its creation, on a <c>date</c>, or as a <c>rule</c> computes.</summary>
public sealed record DueV1
{
    public JsonNode? Within { get; init; }
    public JsonNode? Date { get; init; }
    public string? Rule { get; init; }
}
