using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Runtime.Organisation;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Runs programme actions. In a unit's scope (a task's onComplete) they act on that unit: <c>createTasks</c> creates the
/// template's tasks for the unit's related units only, <c>closeTasks</c> closes only its tasks. Without a unit (phase and
/// schedule actions) they act across the instance's scope; a unit-scoped <c>runRule</c> then runs once per unit of its type.
/// </summary>
internal static class ActionRunner
{
    public static void Run(CommandContext ctx, IReadOnlyList<ProgrammeAction> actions, ActionScope scope)
    {
        foreach (var action in actions)
        {
            switch (action.Kind)
            {
                case ActionKind.CreateTasks when ctx.Programme.Tasks.TryGetValue(action.Target!, out var template):
                    TaskGenerator.CreateRound(ctx, template, scope.Unit);
                    break;
                case ActionKind.CloseTasks:
                    TaskLifecycle.CloseAll(ctx, action.Target!, scope.Unit);
                    break;
                case ActionKind.RunRule:
                    RunRule(ctx, action.Target!, scope);
                    break;
                case ActionKind.SetState when action.Values is { } values:
                    ctx.SetState(values, "setState");
                    break;
                case ActionKind.SetUnitState when action.Values is { } values:
                    SetUnitState(ctx, action.Target, values, scope);
                    break;
                case ActionKind.EnterPhase:
                    PhaseEngine.Force(ctx, action.Target!, exit: false);
                    break;
                case ActionKind.ExitPhase:
                    PhaseEngine.Force(ctx, action.Target!, exit: true);
                    break;
            }
        }
    }

    private static void RunRule(CommandContext ctx, string ruleId, ActionScope scope)
    {
        if (!ctx.Programme.Rules.TryGetValue(ruleId, out var rule))
        {
            return;
        }

        if (rule.Scope == RuleScope.Unit && scope.Unit is null && rule.UnitType is { } type)
        {
            // Materialised first: effects may create tasks, which must not disturb the iteration.
            foreach (var unit in ctx.Org.DescendantsOfType(ctx.ScopeUnit, type).ToArray())
            {
                var value = ctx.Rules.Evaluate(ctx, ruleId, new RuleSubject(unit));
                EffectApplier.Apply(ctx, value, new ActionScope(unit, null), ruleId);
            }

            return;
        }

        // A unit rule of another type than the task's unit runs for (and its unitState lands on) the nearest unit of its type.
        if (rule.Scope == RuleScope.Unit && scope.Unit is { } own && rule.UnitType is { } ruleType && own.Type != ruleType
            && ctx.Org.NearestOfType(own.Id, ruleType) is { } nearest)
        {
            scope = scope with { Unit = nearest };
        }

        var result = ctx.Rules.Evaluate(ctx, ruleId, new RuleSubject(scope.Unit, scope.Task));
        EffectApplier.Apply(ctx, result, scope, ruleId);
    }

    private static void SetUnitState(CommandContext ctx, string? unitType, JsonObject values, ActionScope scope)
    {
        if (scope.Unit is { } unit)
        {
            ctx.SetUnitState(unit, values, "setUnitState");
            return;
        }

        // Without a unit the assignment applies to every unit in scope whose type declares the variables.
        foreach (var type in ctx.Programme.UnitState.Keys.Order(StringComparer.Ordinal))
        {
            if ((unitType is null || unitType == type) && values.All(v => ctx.Programme.UnitState[type].ContainsKey(v.Key)))
            {
                foreach (var u in ctx.Org.DescendantsOfType(ctx.ScopeUnit, type))
                {
                    ctx.SetUnitState(u, values, "setUnitState");
                }
            }
        }
    }

    /// <summary>The units of <paramref name="type"/> a unit-scoped action reaches: the unit itself, its descendants of that type, or its nearest ancestor of it.</summary>
    public static IReadOnlyList<OrgUnit> Related(CommandContext ctx, OrgUnit unit, string type)
    {
        if (unit.Type == type)
        {
            return [unit];
        }

        var below = ctx.Org.DescendantsOfType(unit.Id, type);
        if (below.Count > 0)
        {
            return below.ToArray();
        }

        return ctx.Org.NearestOfType(unit.Id, type) is { } above && ctx.Org.IsWithin(above.Id, ctx.ScopeUnit) ? [above] : [];
    }
}
