using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Brings an instance from its last evaluation up to the clock. Every instant at which something is due — a date
/// sentry, a schedule fire, a task's due date, escalation or review deadline — is processed in time order at that
/// instant, so a long jump of the clock gives the same history as many short ticks.
/// </summary>
internal static class TimerSweep
{
    public static void Run(CommandContext ctx, Instant target)
    {
        var cursor = Instant.FromDateTimeOffset(ctx.EvaluatedAt);

        // A clock set back (a restored host, a skewed node) must not rewind history.
        target = Instant.Max(target, cursor);
        ctx.BeginSweep(target.ToDateTimeOffset());
        while (ctx.Status == InstanceStatus.Running && NextInstant(ctx, cursor) is { } found && found <= target)
        {
            // A returned task may already be past due: it is handled now, never back in time.
            var next = Instant.Max(found, cursor);
            cursor = next;
            ctx.Now = next;
            ctx.DateHorizon = next;
            PhaseEngine.Settle(ctx);
            FireSchedules(ctx, next);
            ProcessTimers(ctx, next);
            PhaseEngine.Settle(ctx);
        }

        ctx.Now = target;
        ctx.DateHorizon = Instant.Max(ctx.DateHorizon, target);
        PhaseEngine.Settle(ctx);
        ctx.EvaluatedAt = target.ToDateTimeOffset();
        ctx.WakeAt = ctx.Status == InstanceStatus.Running ? NextInstant(ctx, target)?.ToDateTimeOffset() : null;
        ctx.TouchInstance();
    }

    /// <summary>The earliest instant after <paramref name="after"/> at which a date sentry may change, a schedule fires or a task timer runs out.</summary>
    private static Instant? NextInstant(CommandContext ctx, Instant after)
    {
        Instant? next = null;
        var zone = ctx.Programme.Zone;
        foreach (var phase in ctx.Programme.Phases)
        {
            var status = ctx.Phases[phase.Id].Status;
            var criteria = status switch
            {
                PhaseStatus.Pending => phase.Entry,
                PhaseStatus.Active => phase.Exit,
                _ => [],
            };
            foreach (var c in criteria)
            {
                if (c.Date is { } date && ZonedTime.StartOf(date, zone) is var at && at > after)
                {
                    next = Min(next, at);
                }
            }
        }

        foreach (var fire in ctx.ScheduleNext.Values)
        {
            next = Min(next, Instant.FromDateTimeOffset(fire));
        }

        if (ctx.EarliestTimer() is { } timer)
        {
            next = Min(next, Instant.FromDateTimeOffset(timer));
        }

        return next;
    }

    private static void FireSchedules(CommandContext ctx, Instant at)
    {
        foreach (var id in ctx.Plan.ScheduleOrder)
        {
            if (ctx.Status != InstanceStatus.Running || !ctx.ScheduleNext.TryGetValue(id, out var due) || Instant.FromDateTimeOffset(due) > at)
            {
                continue;
            }

            var schedule = ctx.Programme.Schedules[id];
            ctx.SetScheduleNext(id, schedule.NextAfter(at)?.ToDateTimeOffset());

            ctx.TouchInstance();
            ctx.Emit(EventKinds.ScheduleFired, id, null, null, EventJson.Of(ZonedTime.Iso(at, ctx.Programme.Zone)));
            ActionRunner.Run(ctx, schedule.Actions, default);
            if (ctx.Plan.ScheduleTemplates.TryGetValue(id, out var templates))
            {
                foreach (var template in templates)
                {
                    // A scheduled template makes a round on each fire while its phase is active.
                    if (template.Phase is null || ctx.Phases.GetValueOrDefault(template.Phase)?.Status == PhaseStatus.Active)
                    {
                        TaskGenerator.CreateRound(ctx, template, null);
                    }
                }
            }
        }
    }

    private static void ProcessTimers(CommandContext ctx, Instant at)
    {
        var atOffset = at.ToDateTimeOffset();
        foreach (var id in ctx.TakeTimersBy(atOffset))
        {
            var task = ctx.GetTask(id)!;
            if (task.State == TaskState.InReview)
            {
                task = ReviewDeadlines.Check(ctx, task, atOffset);
                ctx.UpdateTask(task with { NextTimerAt = TaskLifecycle.NextTimer(task) });
                continue;
            }

            if (!task.State.IsWithAssignee())
            {
                continue;
            }

            if (!task.Overdue && task.DueAt <= atOffset)
            {
                task = task with { Overdue = true, OverdueAt = atOffset };
                ctx.Emit(EventKinds.TaskOverdue, id, task.Unit, "false", "true");
            }

            if (task.Overdue && task.EscalatedTo is null && task.EscalateAt <= atOffset)
            {
                var template = ctx.Programme.Tasks[task.Template];
                var parent = ctx.Org.ParentOf(task.Unit);
                var target = template.Escalation?.To is { } type && parent is not null ? ctx.Org.NearestOfType(parent.Id, type) : parent;
                if (target is not null)
                {
                    task = task with { EscalatedTo = target.Id, EscalatedAt = atOffset };
                    ctx.Emit(EventKinds.TaskEscalated, id, task.Unit, null, EventJson.Of(new JsonObject { ["to"] = target.Id, ["type"] = target.Type }));
                }
                else
                {
                    task = task with { EscalateAt = null };
                }
            }

            ctx.UpdateTask(task with { NextTimerAt = TaskLifecycle.NextTimer(task) });
        }
    }

    private static Instant Min(Instant? a, Instant b) => a is { } x && x < b ? x : b;
}
