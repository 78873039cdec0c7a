namespace Workflows.Model.Wire;

/// <summary>A role in a unit type: the task goes to whoever holds <c>role</c> in each matching unit.</summary>
public sealed record AssigneeV1
{
    public string? UnitType { get; init; }
    public string? Role { get; init; }
}
