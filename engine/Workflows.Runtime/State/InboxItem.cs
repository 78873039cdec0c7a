namespace Workflows.Runtime.State;

/// <summary>Why a task is in a user's inbox.</summary>
public enum InboxReason
{
    /// <summary>The user is an assignee and the task waits for them (created, draft, returned).</summary>
    Assignee,

    /// <summary>The user reviews the level now reviewing the submission.</summary>
    Reviewer,

    /// <summary>The task was escalated to the user's unit, and the user may act for the assignee.</summary>
    Supervisor,
}

/// <summary>A task the user can act on now, why, and for a reviewer the level.</summary>
public sealed record InboxItem(TaskRecord Task, InboxReason Reason, string? ReviewLevel);
