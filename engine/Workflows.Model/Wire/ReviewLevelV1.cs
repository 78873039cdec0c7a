namespace Workflows.Model.Wire;

/// <summary>
/// One level of a review chain (县初评 → 市复核 → 省验收): the role in the ancestor unit of <c>unitType</c>
/// approves or returns; <c>when</c> (a rule over the submission) decides whether this level applies.
/// </summary>
public sealed record ReviewLevelV1
{
    public string? Id { get; init; }
    public TextV1? Title { get; init; }
    public string? UnitType { get; init; }
    public string? Role { get; init; }
    public string? When { get; init; }
    public System.Text.Json.Nodes.JsonNode? Within { get; init; }
}
