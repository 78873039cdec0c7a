using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Wire;

namespace Workflows.Model.Validation;

/// <summary>Resolves actions; <c>setUnitState</c> is checked against the unit type the action runs for, when known.</summary>
internal static class ActionBinder
{
    public static IReadOnlyList<ProgrammeAction> Bind(BindingContext ctx, List<ActionV1>? actions, string pointer, string? unitType)
    {
        var result = new List<ProgrammeAction>();
        for (var i = 0; i < (actions?.Count ?? 0); i++)
        {
            var a = actions![i];
            var at = Pointer.Append(pointer, i);
            if (a.CreateTasks is { } create && ctx.Resolve(create, ctx.Wire.Tasks, Pointer.Append(at, "createTasks"), ReferenceKind.Task))
            {
                result.Add(new ProgrammeAction(ActionKind.CreateTasks, create, null));
            }
            else if (a.CloseTasks is { } close && ctx.Resolve(close, ctx.Wire.Tasks, Pointer.Append(at, "closeTasks"), ReferenceKind.Task))
            {
                result.Add(new ProgrammeAction(ActionKind.CloseTasks, close, null));
            }
            else if (a.RunRule is { } rule && ctx.Resolve(rule, ctx.Wire.Rules, Pointer.Append(at, "runRule"), ReferenceKind.Rule))
            {
                result.Add(new ProgrammeAction(ActionKind.RunRule, rule, null));
            }
            else if (a.EnterPhase is { } enter && ctx.Resolve(enter, ctx.Wire.Phases, Pointer.Append(at, "enterPhase"), ReferenceKind.Phase))
            {
                result.Add(new ProgrammeAction(ActionKind.EnterPhase, enter, null));
            }
            else if (a.ExitPhase is { } exit && ctx.Resolve(exit, ctx.Wire.Phases, Pointer.Append(at, "exitPhase"), ReferenceKind.Phase))
            {
                result.Add(new ProgrammeAction(ActionKind.ExitPhase, exit, null));
            }
            else if (a.SetState is { } state)
            {
                StateBinder.CheckAssignment(ctx, state, ctx.Wire.State?.Instance, Pointer.Append(at, "setState"), "方案实例", "instance");
                result.Add(new ProgrammeAction(ActionKind.SetState, null, (System.Text.Json.Nodes.JsonObject)state.DeepClone()));
            }
            else if (a.SetUnitState is { } unitState)
            {
                var units = ctx.Wire.State?.Units;
                var declared = unitType is not null ? units?.GetValueOrDefault(unitType) : units?.Values.SelectMany(v => v).DistinctBy(v => v.Key).ToDictionary();
                StateBinder.CheckAssignment(ctx, unitState, declared, Pointer.Append(at, "setUnitState"), unitType is null ? "单位" : $"单位类型“{unitType}”", unitType is null ? "unit" : $"'{unitType}' unit");
                result.Add(new ProgrammeAction(ActionKind.SetUnitState, unitType, (System.Text.Json.Nodes.JsonObject)unitState.DeepClone()));
            }
        }

        return result;
    }
}
