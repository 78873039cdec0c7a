namespace Workflows.Runtime.Organisation;

/// <summary>A person and the roles they hold in units.</summary>
public sealed record OrgUser(string Id, string Name, IReadOnlyList<RoleGrant> Roles);
