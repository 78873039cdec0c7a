namespace Workflows.Runtime.Events;

/// <summary>The values of <see cref="RuntimeEvent.Kind"/>.</summary>
public static class EventKinds
{
    public const string InstanceStarted = "instance.started";
    public const string InstanceCompleted = "instance.completed";
    public const string PhaseEntered = "phase.entered";
    public const string PhaseExited = "phase.exited";
    public const string ScheduleFired = "schedule.fired";
    public const string StateChanged = "state.changed";
    public const string UnitStateChanged = "unitState.changed";
    public const string TaskCreated = "task.created";
    public const string TaskDrafted = "task.drafted";
    public const string TaskSubmitted = "task.submitted";
    public const string ReviewRequested = "task.reviewRequested";
    public const string TaskApproved = "task.approved";
    public const string TaskReturned = "task.returned";
    public const string TaskCompleted = "task.completed";
    public const string TaskCancelled = "task.cancelled";
    public const string TaskReassigned = "task.reassigned";
    public const string TaskDueChanged = "task.dueChanged";
    public const string TaskOverdue = "task.overdue";
    public const string TaskEscalated = "task.escalated";

    /// <summary>A review level let its <c>within</c> pass undecided; after: <c>{"level": id, "dueAt": instant}</c>.</summary>
    public const string ReviewOverdue = "task.reviewOverdue";

    /// <summary>A rule failed (error, limit, bad result); the engine went on as if it had returned nothing.</summary>
    public const string RuleFailed = "rule.failed";

    /// <summary>Part of an effects object was ignored (an undeclared variable, a unit outside the scope).</summary>
    public const string EffectIgnored = "effect.ignored";
}
