namespace Workflows.Model.Wire;

/// <summary>A kind of organisational unit (province, city, district, street, community, grid, cluster, department…).</summary>
public sealed record UnitTypeV1
{
    public TextV1? Label { get; init; }

    /// <summary>The unit types a unit of this type may sit under; empty for a root.</summary>
    public List<string>? Parents { get; init; }

    public Dictionary<string, RoleV1>? Roles { get; init; }
}
