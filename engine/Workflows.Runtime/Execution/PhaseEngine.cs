using Workflows.Model.Definitions;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Phase sentries (CMMN-style): a pending phase is entered when any entry criterion holds, an active one left when
/// any exit criterion holds; a criterion holds when all its conditions hold. Evaluated to a fixpoint, in document
/// order, so a chain "B after A" moves in one pass.
/// </summary>
internal static class PhaseEngine
{
    // A fixpoint over finitely many phases each entered and left at most once ends within 2n passes; this is a guard.
    private const int MaxPasses = 1000;

    public static void Settle(CommandContext ctx)
    {
        if (ctx.Status == InstanceStatus.Completed)
        {
            return;
        }

        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var changed = false;
            foreach (var phase in ctx.Programme.Phases)
            {
                var record = ctx.Phases[phase.Id];
                if (record.Status == PhaseStatus.Pending && (phase.Entry.Count == 0 || AnyHolds(ctx, phase, phase.Entry, record, exit: false)))
                {
                    Enter(ctx, phase);
                    changed = true;
                }
                else if (record.Status == PhaseStatus.Active && phase.Exit.Count > 0 && AnyHolds(ctx, phase, phase.Exit, record, exit: true))
                {
                    Exit(ctx, phase);
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        CompleteWhenDone(ctx);
    }

    /// <summary>Whether an entry (or exit) criterion of <paramref name="phase"/> would hold now with the manual signal given.</summary>
    public static bool HoldsWithManual(CommandContext ctx, Phase phase, bool exit)
    {
        var record = ctx.Phases[phase.Id];
        var signalled = exit ? record with { ManualExit = true } : record with { ManualEntry = true };
        var criteria = exit ? phase.Exit : phase.Entry;
        return AnyHolds(ctx, phase, criteria, signalled, exit);
    }

    /// <summary>Enters a pending phase, or leaves an active one, because an action or effect says so.</summary>
    public static void Force(CommandContext ctx, string phaseId, bool exit)
    {
        if (!ctx.Plan.Phases.TryGetValue(phaseId, out var phase) || ctx.Status == InstanceStatus.Completed)
        {
            return;
        }

        var status = ctx.Phases[phaseId].Status;
        if (!exit && status == PhaseStatus.Pending)
        {
            Enter(ctx, phase);
        }
        else if (exit && status == PhaseStatus.Active)
        {
            Exit(ctx, phase);
        }
    }

    public static void Enter(CommandContext ctx, Phase phase)
    {
        ctx.SetPhase(phase.Id, ctx.Phases[phase.Id] with { Status = PhaseStatus.Active, EnteredAt = ctx.NowOffset });
        ctx.TouchInstance();
        ctx.Emit(EventKinds.PhaseEntered, phase.Id, null, "\"Pending\"", "\"Active\"");
        ActionRunner.Run(ctx, phase.OnEnter, default);
        if (ctx.Plan.PhaseTemplates.TryGetValue(phase.Id, out var templates))
        {
            foreach (var template in templates)
            {
                TaskGenerator.CreateRound(ctx, template, null);
            }
        }
    }

    public static void Exit(CommandContext ctx, Phase phase)
    {
        ctx.SetPhase(phase.Id, ctx.Phases[phase.Id] with { Status = PhaseStatus.Exited, ExitedAt = ctx.NowOffset });
        ctx.TouchInstance();
        ctx.Emit(EventKinds.PhaseExited, phase.Id, null, "\"Active\"", "\"Exited\"");
        ActionRunner.Run(ctx, phase.OnExit, default);
    }

    private static bool AnyHolds(CommandContext ctx, Phase phase, IReadOnlyList<Criterion> criteria, PhaseRecord record, bool exit)
    {
        foreach (var c in criteria)
        {
            if (Holds(ctx, phase, c, record, exit))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(CommandContext ctx, Phase phase, Criterion c, PhaseRecord record, bool exit)
    {
        if (c.Date is { } date && ctx.DateHorizon < ZonedTime.StartOf(date, ctx.Programme.Zone))
        {
            return false;
        }

        if (c.After is { } after && ctx.Phases.GetValueOrDefault(after)?.Status != PhaseStatus.Exited)
        {
            return false;
        }

        if (c.Manual && !(exit ? record.ManualExit : record.ManualEntry))
        {
            return false;
        }

        if (c.TasksCompleted && ctx.CountOpenTasks(phase.Id) > 0)
        {
            return false;
        }

        // The rule last: it is the only condition that costs a script run.
        return c.Rule is not { } rule || ctx.Rules.Holds(ctx, rule, default);
    }

    /// <summary>The instance completes when no phase is active and no pending phase can still be entered.</summary>
    private static void CompleteWhenDone(CommandContext ctx)
    {
        foreach (var record in ctx.Phases.Values)
        {
            if (record.Status == PhaseStatus.Active)
            {
                return;
            }
        }

        foreach (var phase in ctx.Programme.Phases)
        {
            if (ctx.Phases[phase.Id].Status == PhaseStatus.Pending && CanStillEnter(ctx, phase, []))
            {
                return;
            }
        }

        ctx.Status = InstanceStatus.Completed;
        ctx.CompletedAt = ctx.NowOffset;
        ctx.ClearSchedules();
        ctx.TouchInstance();
        ctx.Emit(EventKinds.InstanceCompleted, ctx.InstanceId, null, "\"Running\"", "\"Completed\"");
    }

    private static bool CanStillEnter(CommandContext ctx, Phase phase, HashSet<string> visiting)
    {
        if (!visiting.Add(phase.Id))
        {
            return false;
        }

        foreach (var c in phase.Entry)
        {
            if (c.After is not { } after || !ctx.Plan.Phases.TryGetValue(after, out var previous))
            {
                return true; // waits only on a date, a rule or a manual signal
            }

            var status = ctx.Phases[after].Status;
            if (status != PhaseStatus.Pending || CanStillEnter(ctx, previous, visiting))
            {
                return true;
            }
        }

        return phase.Entry.Count == 0;
    }
}
