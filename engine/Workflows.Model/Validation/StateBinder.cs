using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Wire;
using ValueType = Workflows.Model.Definitions.ValueType;

namespace Workflows.Model.Validation;

/// <summary>Checks state variable declarations: types, defaults and the unit types they belong to.</summary>
internal static class StateBinder
{
    public static FrozenDictionary<string, StateVariable> BindInstance(BindingContext ctx) =>
        BindVariables(ctx, ctx.Wire.State?.Instance, Pointer.Of("state", "instance"));

    public static FrozenDictionary<string, FrozenDictionary<string, StateVariable>> BindUnits(BindingContext ctx)
    {
        var result = new Dictionary<string, FrozenDictionary<string, StateVariable>>();
        foreach (var (unitType, variables) in ctx.Wire.State?.Units ?? [])
        {
            var at = Pointer.Of("state", "units", unitType);
            ctx.Resolve(unitType, ctx.Wire.UnitTypes, at, ReferenceKind.UnitType);
            result[unitType] = BindVariables(ctx, variables, at);
        }

        return result.ToFrozenDictionary();
    }

    private static FrozenDictionary<string, StateVariable> BindVariables(BindingContext ctx, Dictionary<string, VariableV1>? variables, string at)
    {
        var result = new Dictionary<string, StateVariable>();
        foreach (var (id, wire) in variables ?? [])
        {
            if (!ValueChecker.TryParseType(wire.Type, out var type) || type is ValueType.Year or ValueType.Duration)
            {
                continue; // the schema names the allowed types
            }

            if (wire.Default is null)
            {
                // No default: start at the type's zero when that fits the constraints (a count from 0), else unset (a year ≥ 1900).
                var zero = ZeroOf(type);
                var fits = zero is not null && ValueChecker.Check(type, zero, wire.Minimum, wire.Maximum, wire.Enum) is null;
                result[id] = new StateVariable(id, type, fits ? zero : null, BindingContext.TextOf(wire.Label));
                continue;
            }

            var value = wire.Default;
            if (ValueChecker.Check(type, value, wire.Minimum, wire.Maximum, wire.Enum) is { } problem)
            {
                ctx.Error(Pointer.Append(at, id, "default"), "state.default." + problem.CodeSuffix, $"状态变量“{id}”的默认值：{problem.MessageZh}", $"Default of state variable '{id}': {problem.MessageEn}");
                continue;
            }

            result[id] = new StateVariable(id, type, value.DeepClone(), BindingContext.TextOf(wire.Label));
        }

        return result.ToFrozenDictionary();
    }

    private static JsonValue? ZeroOf(ValueType type) => type switch
    {
        ValueType.Integer or ValueType.Number => JsonValue.Create(0),
        ValueType.Boolean => JsonValue.Create(false),
        _ => null,
    };

    /// <summary>Checks an assignment <c>{"var": value}</c> against declared variables of one scope.</summary>
    public static void CheckAssignment(BindingContext ctx, JsonObject values, IReadOnlyDictionary<string, VariableV1>? declared, string pointer, string scopeZh, string scopeEn)
    {
        foreach (var (name, value) in values)
        {
            var at = Pointer.Append(pointer, name);
            if (declared is null || !declared.TryGetValue(name, out var variable))
            {
                ctx.Error(at, "ref.variable", $"{scopeZh}没有状态变量“{name}”", $"There is no {scopeEn} state variable '{name}'");
                continue;
            }

            if (ValueChecker.TryParseType(variable.Type, out var type) && value is not null
                && ValueChecker.Check(type, value, variable.Minimum, variable.Maximum, variable.Enum) is { } problem)
            {
                ctx.Error(at, "state.value." + problem.CodeSuffix, $"状态变量“{name}”：{problem.MessageZh}", $"State variable '{name}': {problem.MessageEn}");
            }
        }
    }
}
