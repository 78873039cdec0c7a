using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Wire;

namespace Workflows.Model.Validation;

/// <summary>Resolves phase criteria and actions, then reports every phase that can never be entered.</summary>
internal static class PhaseBinder
{
    public static IReadOnlyList<Phase> Bind(BindingContext ctx)
    {
        var result = new List<Phase>();
        foreach (var (id, wire) in ctx.Wire.Phases ?? [])
        {
            var at = Pointer.Of("phases", id);
            var entry = BindCriteria(ctx, wire.Entry, Pointer.Append(at, "entry"), isExit: false);
            var exit = BindCriteria(ctx, wire.Exit, Pointer.Append(at, "exit"), isExit: true);
            var onEnter = ActionBinder.Bind(ctx, wire.OnEnter, Pointer.Append(at, "onEnter"), null);
            var onExit = ActionBinder.Bind(ctx, wire.OnExit, Pointer.Append(at, "onExit"), null);
            result.Add(new Phase(id, BindingContext.TextOf(wire.Title), entry, exit, onEnter, onExit));
        }

        ReportUnreachable(ctx);
        return result;
    }

    private static List<Criterion> BindCriteria(BindingContext ctx, List<CriterionV1>? criteria, string pointer, bool isExit)
    {
        var result = new List<Criterion>();
        for (var i = 0; i < (criteria?.Count ?? 0); i++)
        {
            var c = criteria![i];
            var at = Pointer.Append(pointer, i);
            var date = ctx.ResolveDate(c.Date, Pointer.Append(at, "date"));
            if (c.After is not null)
            {
                ctx.Resolve(c.After, ctx.Wire.Phases, Pointer.Append(at, "after"), ReferenceKind.Phase);
            }

            if (c.Rule is not null)
            {
                ctx.Resolve(c.Rule, ctx.Wire.Rules, Pointer.Append(at, "rule"), ReferenceKind.Rule);
            }

            if (c.TasksCompleted == true && !isExit)
            {
                ctx.Error(Pointer.Append(at, "tasksCompleted"), "phase.entryTasksCompleted", "tasksCompleted 只能用于退出条件", "tasksCompleted applies to exit criteria only");
            }

            result.Add(new Criterion(date, c.After, c.Rule, c.Manual == true, c.TasksCompleted == true));
        }

        return result;
    }

    /// <summary>
    /// A fixpoint over "can be entered" and "can be left": a phase can be entered when it has no entry criteria,
    /// when an action elsewhere enters it, or when some criterion waits only on phases that can be left; it can be
    /// left when it can be entered and has an exit criterion (or an action exits it) not waiting on a phase that cannot.
    /// </summary>
    private static void ReportUnreachable(BindingContext ctx)
    {
        var phases = ctx.Wire.Phases ?? [];
        var actions = AllActions(ctx.Wire).ToList();
        var enteredByAction = actions.Select(a => a.EnterPhase).OfType<string>().ToHashSet();
        var exitedByAction = actions.Select(a => a.ExitPhase).OfType<string>().ToHashSet();
        var entered = new HashSet<string>();
        var left = new HashSet<string>();
        bool changed;
        do
        {
            changed = false;
            foreach (var (id, phase) in phases)
            {
                if (!entered.Contains(id) && (phase.Entry is not { Count: > 0 } || enteredByAction.Contains(id) || phase.Entry.Any(c => Satisfiable(c, left))))
                {
                    changed |= entered.Add(id);
                }

                if (entered.Contains(id) && !left.Contains(id) && (exitedByAction.Contains(id) || (phase.Exit ?? []).Any(c => Satisfiable(c, left))))
                {
                    changed |= left.Add(id);
                }
            }
        }
        while (changed);

        foreach (var id in phases.Keys.Where(id => !entered.Contains(id)))
        {
            ctx.Error(
                Pointer.Of("phases", id, "entry"),
                "phase.unreachable",
                $"阶段“{id}”永远不会开始：它的每个进入条件都在等待一个不会结束的阶段",
                $"Phase '{id}' can never be entered: each of its entry criteria waits on a phase that never ends");
        }
    }

    private static bool Satisfiable(CriterionV1 c, HashSet<string> left) => c.After is null || left.Contains(c.After);

    private static IEnumerable<ActionV1> AllActions(ProgrammeV1 wire)
    {
        foreach (var p in (wire.Phases ?? []).Values)
        {
            foreach (var a in (p.OnEnter ?? []).Concat(p.OnExit ?? []))
            {
                yield return a;
            }
        }

        foreach (var a in (wire.Tasks ?? []).Values.SelectMany(t => t.OnComplete ?? []))
        {
            yield return a;
        }

        foreach (var a in (wire.Schedules ?? []).Values.SelectMany(s => s.Actions ?? []))
        {
            yield return a;
        }
    }
}
