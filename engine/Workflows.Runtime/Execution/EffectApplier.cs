using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Runtime.Events;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Applies a rule's effects object (ADR 0001): <c>state</c>, <c>unitState</c> (the unit the rule ran for), <c>units</c>
/// (any unit in scope, by id: cohort results), <c>createTasks</c>, <c>closeTasks</c>, <c>due</c> (the task in scope),
/// <c>enterPhase</c>, <c>exitPhase</c>. Any other result (a guard's boolean, null) has no effect.
/// </summary>
internal static class EffectApplier
{
    public static void Apply(CommandContext ctx, JsonNode? result, ActionScope scope, string ruleId)
    {
        if (result is not JsonObject effects)
        {
            return;
        }

        if (effects["state"] is JsonObject state)
        {
            ctx.SetState(state, ruleId);
        }

        if (effects["unitState"] is JsonObject unitState)
        {
            if (scope.Unit is { } unit)
            {
                ctx.SetUnitState(unit, unitState, ruleId);
            }
            else
            {
                Ignore(ctx, ruleId, null, "unitState");
            }
        }

        if (effects["units"] is JsonObject units)
        {
            // Ordinal order keeps the event log identical however the script built its object.
            foreach (var (unitId, entry) in units.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                var target = ctx.Org.FindUnit(unitId);
                if (target is null || !ctx.Org.IsWithin(unitId, ctx.ScopeUnit) || entry?["state"] is not JsonObject values)
                {
                    Ignore(ctx, ruleId, unitId, "units");
                    continue;
                }

                ctx.SetUnitState(target, values, ruleId);
            }
        }

        if (effects["due"] is JsonValue due && due.GetValueKind() == JsonValueKind.String && scope.Task is { } task)
        {
            TaskLifecycle.ChangeDue(ctx, task.Id, due.GetValue<string>(), ruleId);
        }

        foreach (var template in Names(effects["createTasks"]))
        {
            if (ctx.Programme.Tasks.TryGetValue(template, out var t))
            {
                TaskGenerator.CreateRound(ctx, t, scope.Unit);
            }
            else
            {
                Ignore(ctx, ruleId, null, "createTasks");
            }
        }

        foreach (var template in Names(effects["closeTasks"]))
        {
            TaskLifecycle.CloseAll(ctx, template, scope.Unit);
        }

        if (Name(effects["enterPhase"]) is { } enter)
        {
            PhaseEngine.Force(ctx, enter, exit: false);
        }

        if (Name(effects["exitPhase"]) is { } exit)
        {
            PhaseEngine.Force(ctx, exit, exit: true);
        }
    }

    private static void Ignore(CommandContext ctx, string ruleId, string? unit, string member) =>
        ctx.Emit(EventKinds.EffectIgnored, ruleId, unit, null, EventJson.Of(new JsonObject { ["effect"] = member }));

    private static string? Name(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static List<string> Names(JsonNode? node)
    {
        var names = new List<string>();
        if (Name(node) is { } single)
        {
            names.Add(single);
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                if (Name(item) is { } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }
}
