using System.Text.Json.Nodes;

namespace Workflows.Scripting;

/// <summary>
/// The input of one evaluation given as its parts (ADR 0001, "Rules") rather than as one JSON object, so a host can lend
/// what it already holds — parameter values, instance state, a unit's descriptor and state — without copying it or
/// giving it a new parent. The sandbox only reads the parts, and only those the rule can observe; it keeps none of them.
/// </summary>
public sealed class RuleArguments
{
    public JsonNode? Params { get; init; }

    public JsonNode? State { get; init; }

    public RuleUnit? Unit { get; init; }

    public IReadOnlyList<RuleUnit>? Units { get; init; }

    public JsonNode? Form { get; init; }

    public JsonNode? Task { get; init; }

    public JsonNode? Review { get; init; }

    /// <summary>The evaluation's instant as ISO 8601 text with the programme zone's offset.</summary>
    public string? Now { get; init; }

    /// <summary>
    /// The same input as one JSON object of copies, members in the order params, state, now, unit, units, form, task,
    /// review (absent parts omitted): what <see cref="RuleSandbox.Evaluate(CompiledRule, JsonObject)"/> would be given.
    /// </summary>
    public JsonObject ToJsonObject()
    {
        var input = new JsonObject
        {
            [RuleInputNames.Params] = Params?.DeepClone(),
            [RuleInputNames.State] = State?.DeepClone(),
            [RuleInputNames.Now] = Now,
        };
        if (Unit is { } unit)
        {
            input[RuleInputNames.Unit] = unit.ToJsonObject();
        }

        if (Units is { } units)
        {
            input[RuleInputNames.Units] = new JsonArray(units.Select(u => (JsonNode?)u.ToJsonObject()).ToArray());
        }

        Add(input, RuleInputNames.Form, Form);
        Add(input, RuleInputNames.Task, Task);
        Add(input, RuleInputNames.Review, Review);
        return input;
    }

    private static void Add(JsonObject input, string name, JsonNode? part)
    {
        if (part is not null)
        {
            input[name] = part.DeepClone();
        }
    }
}

/// <summary>
/// A unit as a rule sees it: its <paramref name="Descriptor"/> (id, type, code, name, attributes — whatever the host
/// describes a unit with) plus a <c>state</c> member made of <paramref name="StateDefaults"/> overlaid with
/// <paramref name="State"/>. Nothing is copied until the rule reads it.
/// </summary>
public readonly record struct RuleUnit(JsonObject Descriptor, JsonObject? StateDefaults, JsonObject? State)
{
    public const string StateMember = "state";

    /// <summary>The unit as one JSON object of copies: the descriptor's members, then <c>state</c>.</summary>
    public JsonObject ToJsonObject()
    {
        var unit = Descriptor.DeepClone().AsObject();
        var state = StateDefaults?.DeepClone().AsObject() ?? [];
        if (State is { } stored)
        {
            foreach (var (key, value) in stored)
            {
                state[key] = value?.DeepClone();
            }
        }

        unit[StateMember] = state;
        return unit;
    }
}
