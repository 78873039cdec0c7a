namespace Workflows.Model.Wire;

/// <summary>
/// What happens to an overdue task: after <c>after</c> past due it is escalated to the ancestor unit of type <c>to</c>,
/// where holders of <c>role</c> (any role there when absent) may act on it for the assignee.
/// </summary>
public sealed record EscalationV1
{
    public System.Text.Json.Nodes.JsonNode? After { get; init; }
    public string? To { get; init; }
    public string? Role { get; init; }
}
