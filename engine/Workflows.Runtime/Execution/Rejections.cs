using Workflows.Runtime.Commands;

namespace Workflows.Runtime.Execution;

/// <summary>The rejections commands share, with their zh/en messages.</summary>
internal static class Rejections
{
    public static CommandResult TaskNotFound(string id) =>
        CommandResult.Reject(RejectionCodes.TaskNotFound, $"任务“{id}”不存在", $"Task '{id}' does not exist");

    public static CommandResult TaskState(string id, object state, string action) =>
        CommandResult.Reject(RejectionCodes.TaskState, $"任务“{id}”当前状态为 {state}，不能{action}", $"Task '{id}' is {state}: it cannot be {action}");

    public static CommandResult NotAssignee(string id, string? actor) =>
        CommandResult.Reject(RejectionCodes.NotAssignee, $"用户“{actor}”不是任务“{id}”的承办人", $"User '{actor}' is not an assignee of task '{id}'");

    public static CommandResult NotReviewer(string id, string? actor, string level) =>
        CommandResult.Reject(RejectionCodes.NotReviewer, $"用户“{actor}”无权在“{level}”级审核任务“{id}”", $"User '{actor}' may not review task '{id}' at level '{level}'");
}
