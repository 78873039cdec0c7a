using System.Collections.Frozen;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;

namespace Workflows.Model.Validation;

/// <summary>Checks the unit-type hierarchy (parents resolve, no cycles) and builds unit types with their roles.</summary>
internal static class UnitTypeBinder
{
    public static FrozenDictionary<string, UnitType> Bind(BindingContext ctx)
    {
        var types = ctx.Wire.UnitTypes ?? [];
        var result = new Dictionary<string, UnitType>();
        foreach (var (id, wire) in types)
        {
            var parents = wire.Parents ?? [];
            for (var i = 0; i < parents.Count; i++)
            {
                ctx.Resolve(parents[i], types, Pointer.Of("unitTypes", id, "parents", i), ReferenceKind.UnitType);
            }

            if (ReachesItself(id, types))
            {
                ctx.Error(Pointer.Of("unitTypes", id, "parents"), "unitType.cycle", $"单位类型“{id}”的上级链条形成循环", $"The parents of unit type '{id}' form a cycle");
            }

            var roles = (wire.Roles ?? []).ToFrozenDictionary(r => r.Key, r => new Role(r.Key, BindingContext.TextOf(r.Value.Label)));
            result[id] = new UnitType(id, BindingContext.TextOf(wire.Label), parents.ToArray(), roles);
        }

        return result.ToFrozenDictionary();
    }

    private static bool ReachesItself(string start, Dictionary<string, Wire.UnitTypeV1> types)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>(types[start].Parents ?? []);
        while (stack.TryPop(out var current))
        {
            if (current == start)
            {
                return true;
            }

            if (seen.Add(current) && types.TryGetValue(current, out var t))
            {
                foreach (var p in t.Parents ?? [])
                {
                    stack.Push(p);
                }
            }
        }

        return false;
    }

    /// <summary>Whether units of <paramref name="ancestor"/> can sit above (or be) units of <paramref name="descendant"/>.</summary>
    public static bool IsAncestorOrSelf(BindingContext ctx, string ancestor, string descendant)
    {
        var types = ctx.Wire.UnitTypes ?? [];
        var seen = new HashSet<string>();
        var stack = new Stack<string>([descendant]);
        while (stack.TryPop(out var current))
        {
            if (current == ancestor)
            {
                return true;
            }

            if (seen.Add(current) && types.TryGetValue(current, out var t))
            {
                foreach (var p in t.Parents ?? [])
                {
                    stack.Push(p);
                }
            }
        }

        return false;
    }
}
