using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>
/// The task state machine: each transition checks the current state and the actor, then writes the next version and
/// its event. A method returns a rejection, or null when the transition happened.
/// </summary>
internal static class TaskLifecycle
{
    public static CommandResult? SaveDraft(CommandContext ctx, TaskRecord task, JsonObject data)
    {
        if (!task.State.IsWithAssignee())
        {
            return Rejections.TaskState(task.Id, task.State, "保存草稿");
        }

        if (!TaskAccess.MayActForAssignee(ctx, task))
        {
            return Rejections.NotAssignee(task.Id, ctx.Command.Actor);
        }

        ctx.UpdateTask(task with { State = TaskState.Draft, Data = data.DeepClone().AsObject() });
        ctx.Emit(EventKinds.TaskDrafted, task.Id, task.Unit, EventJson.Of(task.State), EventJson.Of(TaskState.Draft));
        return null;
    }

    public static CommandResult? Submit(CommandContext ctx, TaskRecord task, JsonObject? given)
    {
        if (!task.State.IsWithAssignee())
        {
            return Rejections.TaskState(task.Id, task.State, "提交");
        }

        if (!TaskAccess.MayActForAssignee(ctx, task))
        {
            return Rejections.NotAssignee(task.Id, ctx.Command.Actor);
        }

        var template = ctx.Programme.Tasks[task.Template];
        var source = given ?? task.Data;
        var data = source?.DeepClone().AsObject() ?? [];
        if (template.Form is { } formId && ctx.Programme.Forms.TryGetValue(formId, out var form))
        {
            var errors = ctx.Services.Forms.Check(form, data, source);
            if (errors.Count > 0)
            {
                return CommandResult.Reject(RejectionCodes.FormInvalid, $"表单“{form.Title.Zh}”填写有误（{errors.Count} 处）", $"The form '{form.Title.En ?? form.Title.Zh}' has {errors.Count} error(s)", errors);
            }
        }

        var number = task.Submissions + 1;
        ctx.WriteSubmission(new SubmissionRecord
        {
            InstanceId = task.InstanceId,
            TaskId = task.Id,
            Number = number,
            Data = data,
            SubmittedAt = ctx.NowOffset,
            SubmittedBy = ctx.Person,
            Version = 0,
        });
        var submitted = ctx.UpdateTask(task with
        {
            State = TaskState.Submitted,
            Data = data,
            Submissions = number,
            SubmittedAt = ctx.NowOffset,
            FirstSubmittedAt = task.FirstSubmittedAt ?? ctx.NowOffset,
            NextTimerAt = null,
        });
        ctx.Emit(EventKinds.TaskSubmitted, task.Id, task.Unit, EventJson.Of(task.State), EventJson.Of(TaskState.Submitted));
        var levels = ApplicableLevels(ctx, template, submitted);
        if (levels.Count == 0)
        {
            Complete(ctx, submitted);
            return null;
        }

        ctx.UpdateTask(ReviewDeadlines.Ask(ctx, submitted with { ReviewLevels = levels }, 0));
        ctx.Emit(EventKinds.ReviewRequested, task.Id, task.Unit, EventJson.Of(TaskState.Submitted), EventJson.Of(new JsonObject { ["state"] = "InReview", ["level"] = levels[0] }));
        return null;
    }

    public static CommandResult? Approve(CommandContext ctx, TaskRecord task, string? comment)
    {
        if (Reviewing(ctx, task, out var level) is { } rejected)
        {
            return rejected;
        }

        Decide(ctx, task, level, approved: true, comment);
        var last = task.ReviewIndex + 1 >= task.ReviewLevels.Count;
        var after = new JsonObject { ["state"] = last ? "Approved" : "InReview", ["level"] = level.Id, ["decision"] = "approve" };
        if (comment is not null)
        {
            after["comment"] = comment;
        }

        if (last)
        {
            var approved = ctx.UpdateTask(ReviewDeadlines.Clear(task) with { State = TaskState.Approved, NextTimerAt = null });
            ctx.Emit(EventKinds.TaskApproved, task.Id, task.Unit, EventJson.Of(TaskState.InReview), EventJson.Of(after));
            Complete(ctx, approved);
            return null;
        }

        var next = ctx.UpdateTask(ReviewDeadlines.Ask(ctx, task, task.ReviewIndex + 1));
        ctx.Emit(EventKinds.TaskApproved, task.Id, task.Unit, EventJson.Of(TaskState.InReview), EventJson.Of(after));
        ctx.Emit(EventKinds.ReviewRequested, task.Id, task.Unit, null, EventJson.Of(new JsonObject { ["state"] = "InReview", ["level"] = next.ReviewLevels[next.ReviewIndex] }));
        return null;
    }

    public static CommandResult? Return(CommandContext ctx, TaskRecord task, string comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return CommandResult.Reject(RejectionCodes.CommentRequired, "退回必须填写意见", "Returning a task needs a comment");
        }

        if (Reviewing(ctx, task, out var level) is { } rejected)
        {
            return rejected;
        }

        Decide(ctx, task, level, approved: false, comment);
        var returned = ReviewDeadlines.Clear(task) with { State = TaskState.Returned, LastComment = comment, ReviewLevels = [], ReviewIndex = 0 };
        ctx.UpdateTask(returned with { NextTimerAt = NextTimer(returned) });
        ctx.Emit(EventKinds.TaskReturned, task.Id, task.Unit, EventJson.Of(TaskState.InReview), EventJson.Of(new JsonObject { ["state"] = "Returned", ["level"] = level.Id, ["comment"] = comment }));
        return null;
    }

    /// <summary>Records a level's decision on the submission under review.</summary>
    private static void Decide(CommandContext ctx, TaskRecord task, ReviewLevel level, bool approved, string? comment)
    {
        if (ctx.CurrentSubmission(task) is { } submission)
        {
            ctx.WriteSubmission(submission with { Decisions = [.. submission.Decisions, new ReviewDecision(level.Id, approved, ctx.Person, ctx.NowOffset, comment)] });
        }
    }

    public static CommandResult? Reassign(CommandContext ctx, TaskRecord task, IReadOnlyList<string> assignees)
    {
        if (!task.State.IsOpen())
        {
            return Rejections.TaskState(task.Id, task.State, "改派");
        }

        if (!TaskAccess.MayActForAssignee(ctx, task))
        {
            return Rejections.NotAssignee(task.Id, ctx.Command.Actor);
        }

        ctx.UpdateTask(task with { Assignees = assignees.ToArray() });
        ctx.Emit(EventKinds.TaskReassigned, task.Id, task.Unit, EventJson.Of(new JsonArray(task.Assignees.Select(a => (JsonNode?)a).ToArray())), EventJson.Of(new JsonArray(assignees.Select(a => (JsonNode?)a).ToArray())));
        return null;
    }

    public static CommandResult? Cancel(CommandContext ctx, TaskRecord task, string? reason)
    {
        if (!task.State.IsOpen())
        {
            return Rejections.TaskState(task.Id, task.State, "取消");
        }

        ctx.UpdateTask(ReviewDeadlines.Clear(task) with { State = TaskState.Cancelled, NextTimerAt = null, LastComment = reason ?? task.LastComment });
        ctx.Emit(EventKinds.TaskCancelled, task.Id, task.Unit, EventJson.Of(task.State), EventJson.Of(new JsonObject { ["state"] = "Cancelled", ["reason"] = reason }));
        return null;
    }

    /// <summary>Closes (cancels) the open tasks of a template: all of them, or in a unit's scope those of its related units.</summary>
    public static void CloseAll(CommandContext ctx, string template, Organisation.OrgUnit? unit)
    {
        if (!ctx.Programme.Tasks.TryGetValue(template, out var t))
        {
            return;
        }

        HashSet<string>? units = unit is null ? null : ActionRunner.Related(ctx, unit, t.Assignee.UnitType).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var task in ctx.TasksOf(template))
        {
            if (task.State.IsOpen() && (units is null || units.Contains(task.Unit)))
            {
                Cancel(ctx, ctx.GetTask(task.Id)!, "closeTasks");
            }
        }
    }

    public static void ChangeDue(CommandContext ctx, string taskId, string dateText, string source)
    {
        if (ctx.GetTask(taskId) is not { } task || !task.State.IsOpen() || !ZonedTime.TryParseDate(dateText, out var date))
        {
            return;
        }

        var zone = ctx.Programme.Zone;
        var due = ZonedTime.StartOf(date, zone);
        var template = ctx.Programme.Tasks[task.Template];
        var changed = task with
        {
            DueAt = due.ToDateTimeOffset(),
            EscalateAt = template.Escalation is { } e ? ZonedTime.Plus(due, e.After, zone).ToDateTimeOffset() : null,
            Overdue = task.Overdue && due <= ctx.Now,
        };
        ctx.UpdateTask(changed with { NextTimerAt = NextTimer(changed) });
        ctx.Emit(EventKinds.TaskDueChanged, taskId, task.Unit, task.DueAt is { } old ? EventJson.Of(ZonedTime.Iso(old, zone)) : null, EventJson.Of(new JsonObject { ["dueAt"] = ZonedTime.Iso(due, zone), ["by"] = source }));
    }

    /// <summary>
    /// The next instant the sweep must look at the task: its due date, then its escalation, while it is with the assignee;
    /// the current level's review deadline, until it passes, while it is in review.
    /// </summary>
    public static DateTimeOffset? NextTimer(TaskRecord task)
    {
        if (task.State == TaskState.InReview)
        {
            return task.ReviewOverdue ? null : task.ReviewDueAt;
        }

        if (!task.State.IsWithAssignee())
        {
            return null;
        }

        if (!task.Overdue)
        {
            return task.DueAt;
        }

        return task.EscalatedTo is null ? task.EscalateAt : null;
    }

    private static void Complete(CommandContext ctx, TaskRecord task)
    {
        var completed = ctx.UpdateTask(task with { State = TaskState.Completed, CompletedAt = ctx.NowOffset, NextTimerAt = null });
        ctx.Emit(EventKinds.TaskCompleted, task.Id, task.Unit, EventJson.Of(task.State), EventJson.Of(TaskState.Completed));
        var template = ctx.Programme.Tasks[task.Template];
        if (template.OnComplete.Count > 0)
        {
            ActionRunner.Run(ctx, template.OnComplete, new ActionScope(ctx.Org.FindUnit(task.Unit), completed));
        }
    }

    private static List<string> ApplicableLevels(CommandContext ctx, TaskTemplate template, TaskRecord task)
    {
        var levels = new List<string>(template.Review.Count);
        var unit = ctx.Org.FindUnit(task.Unit);
        foreach (var level in template.Review)
        {
            if (level.When is null || ctx.Rules.Holds(ctx, level.When, new RuleSubject(unit, task, task.Data, new JsonObject { ["level"] = level.Id })))
            {
                levels.Add(level.Id);
            }
        }

        return levels;
    }

    private static CommandResult? Reviewing(CommandContext ctx, TaskRecord task, out ReviewLevel level)
    {
        level = null!;
        if (task.State != TaskState.InReview || ctx.Plan.CurrentLevel(task) is not { } current)
        {
            return Rejections.TaskState(task.Id, task.State, "审核");
        }

        level = current;
        return TaskAccess.MayReview(ctx, task, level) ? null : Rejections.NotReviewer(task.Id, ctx.Command.Actor, level.Id);
    }
}
