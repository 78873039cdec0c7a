namespace Workflows.Model.Wire;

/// <summary>A role people hold in a unit of one type (网格员 in a grid, 主任 in a community).</summary>
public sealed record RoleV1
{
    public TextV1? Label { get; init; }
}
