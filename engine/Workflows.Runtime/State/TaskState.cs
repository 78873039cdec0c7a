namespace Workflows.Runtime.State;

/// <summary>Created → Draft → Submitted → InReview (level by level) → Approved → Completed; Returned goes back to the assignee; Cancelled ends it.</summary>
public enum TaskState
{
    Created,
    Draft,
    Submitted,
    InReview,
    Returned,
    Approved,
    Completed,
    Cancelled,
}
