using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>An embedded rule test: the rule run on <c>input</c> (parameters default to the programme's) must give <c>expect</c>.</summary>
public sealed record RuleTestV1
{
    public string? Name { get; init; }
    public JsonObject? Input { get; init; }
    public JsonNode? Expect { get; init; }
}
