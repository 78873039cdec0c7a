using Workflows.Model.Definitions;

namespace Workflows.Runtime.Organisation;

/// <summary>
/// Collects units, users and role grants from any source (JSON, CSV, code), then checks them as a whole and builds an
/// immutable <see cref="OrganisationDirectory"/>. Every problem is reported, each with where it came from.
/// </summary>
public sealed class OrganisationBuilder
{
    private readonly List<Located<OrgUnit>> _units = [];
    private readonly List<Located<(string Id, string Name)>> _users = [];
    private readonly List<Located<(string User, RoleGrant Grant)>> _grants = [];
    private readonly List<OrganisationError> _errors = [];

    public OrganisationBuilder AddUnit(OrgUnit unit, string? location = null, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        _units.Add(new(unit, location, line));
        return this;
    }

    public OrganisationBuilder AddUser(string id, string name, string? location = null, int? line = null)
    {
        _users.Add(new((id, name), location, line));
        return this;
    }

    public OrganisationBuilder AddRole(string userId, RoleGrant grant, string? location = null, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(grant);
        _grants.Add(new((userId, grant), location, line));
        return this;
    }

    /// <summary>Records a problem a reader found before the directory is built (syntax, a missing column).</summary>
    public OrganisationBuilder AddError(OrganisationError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _errors.Add(error);
        return this;
    }

    /// <summary>Checks ids, parents, cycles and, given a programme, unit types, parent types and roles; builds the directory when all is well.</summary>
    public OrganisationLoadResult Build(Programme? programme = null)
    {
        var errors = new List<OrganisationError>(_errors);
        var index = new Dictionary<string, int>(_units.Count, StringComparer.Ordinal);
        var units = new List<Located<OrgUnit>>(_units.Count);
        foreach (var entry in _units)
        {
            if (!index.TryAdd(entry.Value.Id, units.Count))
            {
                errors.Add(Error(entry, OrganisationErrorCodes.DuplicateUnit, $"单位编号“{entry.Value.Id}”重复", $"Unit id '{entry.Value.Id}' appears twice"));
                continue;
            }

            units.Add(entry);
        }

        var parents = ResolveParents(units, index, errors);
        FindCycles(units, parents, errors);
        if (programme is not null)
        {
            CheckTypes(units, parents, programme, errors);
        }

        var users = BuildUsers(index, units, programme, errors);
        if (errors.Count > 0)
        {
            return new OrganisationLoadResult(null, errors);
        }

        var plain = new OrgUnit[units.Count];
        for (var i = 0; i < plain.Length; i++)
        {
            plain[i] = units[i].Value;
        }

        return new OrganisationLoadResult(new OrganisationDirectory(plain, parents, index, users), errors);
    }

    private static int[] ResolveParents(List<Located<OrgUnit>> units, Dictionary<string, int> index, List<OrganisationError> errors)
    {
        var parents = new int[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            parents[i] = -1;
            var parent = units[i].Value.Parent;
            if (string.IsNullOrEmpty(parent))
            {
                continue;
            }

            if (index.TryGetValue(parent, out var p))
            {
                parents[i] = p;
            }
            else
            {
                errors.Add(Error(units[i], OrganisationErrorCodes.UnknownParent, $"单位“{units[i].Value.Id}”的上级单位“{parent}”不存在", $"Unit '{units[i].Value.Id}' names an unknown parent '{parent}'"));
            }
        }

        return parents;
    }

    private static void FindCycles(List<Located<OrgUnit>> units, int[] parents, List<OrganisationError> errors)
    {
        // 0 unvisited, 1 on the current parent walk, 2 known to reach a root.
        var state = new byte[units.Count];
        var path = new List<int>();
        for (var i = 0; i < units.Count; i++)
        {
            path.Clear();
            var j = i;
            while (j >= 0 && state[j] == 0)
            {
                state[j] = 1;
                path.Add(j);
                j = parents[j];
            }

            if (j >= 0 && state[j] == 1)
            {
                var start = path.IndexOf(j);
                var ids = string.Join(" → ", path.Skip(start).Select(k => units[k].Value.Id).Append(units[j].Value.Id));
                errors.Add(Error(units[j], OrganisationErrorCodes.Cycle, $"单位上下级关系成环：{ids}", $"Units form a cycle: {ids}"));
                foreach (var k in path.Skip(start))
                {
                    parents[k] = -1; // break the cycle so later checks terminate
                }
            }

            foreach (var k in path)
            {
                state[k] = 2;
            }
        }
    }

    private static void CheckTypes(List<Located<OrgUnit>> units, int[] parents, Programme programme, List<OrganisationError> errors)
    {
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i].Value;
            if (!programme.UnitTypes.TryGetValue(unit.Type, out var type))
            {
                var known = string.Join(", ", programme.UnitTypes.Keys.Order(StringComparer.Ordinal));
                errors.Add(Error(units[i], OrganisationErrorCodes.UnknownType, $"单位“{unit.Id}”的类型“{unit.Type}”不在方案中（方案定义：{known}）", $"Unit '{unit.Id}' has type '{unit.Type}', which the programme does not define (defined: {known})"));
                continue;
            }

            if (parents[i] >= 0 && type.Parents.Count > 0 && !type.Parents.Contains(units[parents[i]].Value.Type))
            {
                var parentType = units[parents[i]].Value.Type;
                errors.Add(Error(units[i], OrganisationErrorCodes.ParentType, $"“{unit.Type}”类型的单位“{unit.Id}”不能隶属于“{parentType}”类型的单位", $"Unit '{unit.Id}' of type '{unit.Type}' cannot sit under a unit of type '{parentType}' (allowed: {string.Join(", ", type.Parents)})"));
            }
        }
    }

    private List<OrgUser> BuildUsers(Dictionary<string, int> index, List<Located<OrgUnit>> units, Programme? programme, List<OrganisationError> errors)
    {
        var byId = new Dictionary<string, (string Name, List<RoleGrant> Roles)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var entry in _users)
        {
            if (!byId.TryAdd(entry.Value.Id, (entry.Value.Name, [])))
            {
                errors.Add(Error(entry, OrganisationErrorCodes.DuplicateUser, $"用户编号“{entry.Value.Id}”重复", $"User id '{entry.Value.Id}' appears twice"));
                continue;
            }

            order.Add(entry.Value.Id);
        }

        foreach (var entry in _grants)
        {
            var (userId, grant) = entry.Value;
            if (!byId.TryGetValue(userId, out var user))
            {
                errors.Add(Error(entry, OrganisationErrorCodes.MissingField, $"角色授予给了未定义的用户“{userId}”", $"A role is granted to undefined user '{userId}'"));
                continue;
            }

            if (!index.TryGetValue(grant.Unit, out var u))
            {
                errors.Add(Error(entry, OrganisationErrorCodes.UnknownUnit, $"用户“{userId}”的角色“{grant.Role}”所在单位“{grant.Unit}”不存在", $"User '{userId}' holds role '{grant.Role}' in unknown unit '{grant.Unit}'"));
                continue;
            }

            var unitType = units[u].Value.Type;
            if (programme is not null && programme.UnitTypes.TryGetValue(unitType, out var type) && !type.Roles.ContainsKey(grant.Role))
            {
                errors.Add(Error(entry, OrganisationErrorCodes.UnknownRole, $"“{unitType}”类型的单位没有角色“{grant.Role}”", $"Units of type '{unitType}' have no role '{grant.Role}' (user '{userId}', unit '{grant.Unit}')"));
                continue;
            }

            user.Roles.Add(grant);
        }

        return order.Select(id => new OrgUser(id, byId[id].Name, byId[id].Roles.ToArray())).ToList();
    }

    private static OrganisationError Error<T>(Located<T> at, string code, string zh, string en) => new(code, zh, en, at.Location, at.Line);

    private readonly record struct Located<T>(T Value, string? Location, int? Line);
}
