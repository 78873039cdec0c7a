using System.Text.Json.Nodes;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>
/// A review level's <c>within</c>: it runs from the moment the level is asked (the submission enters review, or the level
/// before approves) and is indexed as the task's timer, so the sweep marks the level overdue at its own instant.
/// </summary>
internal static class ReviewDeadlines
{
    /// <summary>The task in review at level <paramref name="index"/>, asked now: that level's deadline set, the overdue flag cleared, the timer indexed.</summary>
    public static TaskRecord Ask(CommandContext ctx, TaskRecord task, int index)
    {
        var level = ctx.Plan.Level(task.Template, task.ReviewLevels[index])!;
        DateTimeOffset? due = level.Within is { } within ? ZonedTime.Plus(ctx.Now, within, ctx.Programme.Zone).ToDateTimeOffset() : null;
        var asked = task with { State = TaskState.InReview, ReviewIndex = index, ReviewDueAt = due, ReviewOverdue = false };
        return asked with { NextTimerAt = TaskLifecycle.NextTimer(asked) };
    }

    /// <summary>The task with no review deadline pending: the level decided, or the task left review.</summary>
    public static TaskRecord Clear(TaskRecord task) => task with { ReviewDueAt = null, ReviewOverdue = false };

    /// <summary>
    /// Marks the current level overdue when its deadline is at or before <paramref name="at"/> and it has not been marked
    /// yet, with a <see cref="EventKinds.ReviewOverdue"/> event; returns the task as it now is (not yet written).
    /// </summary>
    public static TaskRecord Check(CommandContext ctx, TaskRecord task, DateTimeOffset at)
    {
        if (task.State != TaskState.InReview || task.ReviewOverdue || task.ReviewDueAt is not { } due || due > at)
        {
            return task;
        }

        // Always marked once due, so the timer never stays at an instant the sweep has passed.
        var level = task.ReviewIndex < task.ReviewLevels.Count ? task.ReviewLevels[task.ReviewIndex] : null;
        var after = new JsonObject { ["level"] = level, ["dueAt"] = ZonedTime.Iso(due, ctx.Programme.Zone) };
        ctx.Emit(EventKinds.ReviewOverdue, task.Id, task.Unit, null, EventJson.Of(after));
        return task with { ReviewOverdue = true };
    }
}
