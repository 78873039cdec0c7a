namespace Workflows.Model.Wire;

/// <summary>What happens to an overdue task: after <c>after</c> past due it is escalated to the ancestor unit of type <c>to</c>.</summary>
public sealed record EscalationV1
{
    public System.Text.Json.Nodes.JsonNode? After { get; init; }
    public string? To { get; init; }
}
