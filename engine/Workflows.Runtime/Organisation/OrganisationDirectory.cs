using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Workflows.Runtime.Organisation;

/// <summary>
/// An immutable tree of units and the users holding roles in them, with every lookup the runtime needs in its hot
/// paths precomputed: units are numbered in depth-first order, so the descendants of a scope of one type are a
/// contiguous slice of that type's array (two binary searches, no allocation).
/// </summary>
public sealed class OrganisationDirectory
{
    private static readonly string[] NoHolders = [];

    private readonly OrgUnit[] _units;
    private readonly int[] _parents;
    private readonly int[] _pre;
    private readonly int[] _end;
    private readonly FrozenDictionary<string, int> _index;
    private readonly FrozenDictionary<string, TypeSlice> _byType;
    private readonly Dictionary<(int Unit, string Role), string[]> _holders;
    private readonly Dictionary<(string Type, string Code), int[]> _byCode;
    private readonly FrozenDictionary<string, OrgUser> _users;
    private readonly JsonObject?[] _descriptors;

    internal OrganisationDirectory(OrgUnit[] units, int[] parents, Dictionary<string, int> index, List<OrgUser> users)
    {
        _units = units;
        _parents = parents;
        _index = index.ToFrozenDictionary(StringComparer.Ordinal);
        (_pre, _end, var order) = Number(parents);
        _byType = SliceByType(units, order, _pre);
        _holders = IndexHolders(users, index);
        _byCode = IndexCodes(units);
        _users = users.ToFrozenDictionary(u => u.Id, StringComparer.Ordinal);
        _descriptors = new JsonObject?[units.Length];
        Users = users;
    }

    /// <summary>Units in the order they were loaded.</summary>
    public IReadOnlyList<OrgUnit> Units => _units;

    public IReadOnlyList<OrgUser> Users { get; }

    public IEnumerable<string> UnitTypes => _byType.Keys;

    public OrgUnit? FindUnit(string id) => _index.TryGetValue(id, out var i) ? _units[i] : null;

    public OrgUser? FindUser(string id) => _users.GetValueOrDefault(id);

    public OrgUnit? ParentOf(string unitId) => _index.TryGetValue(unitId, out var i) && _parents[i] >= 0 ? _units[_parents[i]] : null;

    /// <summary>Units of <paramref name="type"/> at or below <paramref name="scopeId"/>, in depth-first order; empty when either is unknown.</summary>
    public ArraySegment<OrgUnit> DescendantsOfType(string scopeId, string type)
    {
        if (!_index.TryGetValue(scopeId, out var scope) || !_byType.TryGetValue(type, out var slice))
        {
            return ArraySegment<OrgUnit>.Empty;
        }

        var from = LowerBound(slice.Pre, _pre[scope]);
        var to = LowerBound(slice.Pre, _end[scope]);
        return new ArraySegment<OrgUnit>(slice.Units, from, to - from);
    }

    /// <summary>Whether <paramref name="unitId"/> is <paramref name="scopeId"/> or below it.</summary>
    public bool IsWithin(string unitId, string scopeId) =>
        _index.TryGetValue(unitId, out var u) && _index.TryGetValue(scopeId, out var s) && _pre[u] >= _pre[s] && _pre[u] < _end[s];

    /// <summary>The unit itself when it is of <paramref name="type"/>, else its nearest ancestor of that type.</summary>
    public OrgUnit? NearestOfType(string unitId, string type)
    {
        if (!_index.TryGetValue(unitId, out var i))
        {
            return null;
        }

        for (; i >= 0; i = _parents[i])
        {
            if (string.Equals(_units[i].Type, type, StringComparison.Ordinal))
            {
                return _units[i];
            }
        }

        return null;
    }

    /// <summary>
    /// The unit as rules see it (ADR 0001): <c>id</c>, <c>type</c>, <c>code</c>, <c>name</c> and <c>attributes</c>, built
    /// once per unit and shared by every evaluation, which only reads it. Callers must not change it.
    /// </summary>
    internal JsonObject DescriptorOf(OrgUnit unit)
    {
        if (!_index.TryGetValue(unit.Id, out var i))
        {
            return Describe(unit);
        }

        return Volatile.Read(ref _descriptors[i]) ?? Interlocked.CompareExchange(ref _descriptors[i], Describe(unit), null) ?? _descriptors[i]!;
    }

    private static JsonObject Describe(OrgUnit unit) => new()
    {
        ["id"] = unit.Id,
        ["type"] = unit.Type,
        ["code"] = unit.Code,
        ["name"] = new JsonObject { ["zh"] = unit.Name.Zh, ["en"] = unit.Name.En },
        ["attributes"] = unit.Attributes.DeepClone(),
    };

    /// <summary>The ids of the users holding <paramref name="role"/> in the unit, in load order.</summary>
    public IReadOnlyList<string> HoldersOf(string unitId, string role) =>
        _index.TryGetValue(unitId, out var i) && _holders.TryGetValue((i, role), out var holders) ? holders : NoHolders;

    public bool Holds(string userId, string unitId, string role) => HoldersOf(unitId, role).Contains(userId, StringComparer.Ordinal);

    /// <summary>The unit of <paramref name="type"/> with <paramref name="code"/>; with a scope, the first such unit inside it.</summary>
    public OrgUnit? FindByCode(string type, string code, string? scopeId = null)
    {
        if (!_byCode.TryGetValue((type, code), out var candidates))
        {
            return null;
        }

        foreach (var c in candidates)
        {
            if (scopeId is null || IsWithin(_units[c].Id, scopeId))
            {
                return _units[c];
            }
        }

        return null;
    }

    private static (int[] Pre, int[] End, int[] Order) Number(int[] parents)
    {
        var n = parents.Length;
        var childCount = new int[n + 1];
        foreach (var p in parents)
        {
            childCount[p + 1]++; // slot 0 collects the roots
        }

        var start = new int[n + 2];
        for (var i = 0; i <= n; i++)
        {
            start[i + 1] = start[i] + childCount[i];
        }

        var children = new int[n];
        var fill = (int[])start.Clone();
        for (var i = 0; i < n; i++)
        {
            children[fill[parents[i] + 1]++] = i;
        }

        var pre = new int[n];
        var end = new int[n];
        var order = new int[n];
        var counter = 0;
        var stack = new Stack<(int Unit, bool Leaving)>();
        for (var r = start[1] - 1; r >= start[0]; r--)
        {
            stack.Push((children[r], false));
        }

        while (stack.Count > 0)
        {
            var (u, leaving) = stack.Pop();
            if (leaving)
            {
                end[u] = counter;
                continue;
            }

            pre[u] = counter;
            order[counter++] = u;
            stack.Push((u, true));
            for (var c = start[u + 2] - 1; c >= start[u + 1]; c--)
            {
                stack.Push((children[c], false));
            }
        }

        return (pre, end, order);
    }

    private static FrozenDictionary<string, TypeSlice> SliceByType(OrgUnit[] units, int[] order, int[] pre)
    {
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var u in order)
        {
            if (!lists.TryGetValue(units[u].Type, out var list))
            {
                lists[units[u].Type] = list = [];
            }

            list.Add(u);
        }

        return lists.ToFrozenDictionary(
            kv => kv.Key,
            kv => new TypeSlice(kv.Value.Select(u => pre[u]).ToArray(), kv.Value.Select(u => units[u]).ToArray()),
            StringComparer.Ordinal);
    }

    private static Dictionary<(int, string), string[]> IndexHolders(List<OrgUser> users, Dictionary<string, int> index)
    {
        var lists = new Dictionary<(int, string), List<string>>();
        foreach (var user in users)
        {
            foreach (var grant in user.Roles)
            {
                var key = (index[grant.Unit], grant.Role);
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                if (!list.Contains(user.Id))
                {
                    list.Add(user.Id);
                }
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static Dictionary<(string, string), int[]> IndexCodes(OrgUnit[] units)
    {
        var lists = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < units.Length; i++)
        {
            if (units[i].Code is { Length: > 0 } code)
            {
                var key = (units[i].Type, code);
                if (!lists.TryGetValue(key, out var list))
                {
                    lists[key] = list = [];
                }

                list.Add(i);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private sealed record TypeSlice(int[] Pre, OrgUnit[] Units);
}
