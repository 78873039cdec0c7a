namespace Workflows.Model.Wire;

/// <summary>
/// Names a unit relative to the task: with <c>code</c>, the unit of that type and code in the scope
/// (a bureau such as 市民政局); without, the assignee unit's nearest ancestor (or itself) of that type.
/// </summary>
public sealed record UnitSelectorV1
{
    public string? UnitType { get; init; }
    public string? Code { get; init; }
    public TextV1? Name { get; init; }
}
