namespace Workflows.Runtime.State;

public static class TaskStates
{
    /// <summary>Not yet completed nor cancelled.</summary>
    public static bool IsOpen(this TaskState state) => state is not (TaskState.Completed or TaskState.Cancelled);

    /// <summary>With the assignee: the states a task can fall overdue in, and from which it can be submitted.</summary>
    public static bool IsWithAssignee(this TaskState state) => state is TaskState.Created or TaskState.Draft or TaskState.Returned;
}
