namespace Workflows.Runtime.Organisation;

/// <summary>A role held in one unit (网格员 of grid 7).</summary>
public sealed record RoleGrant(string Unit, string Role);
