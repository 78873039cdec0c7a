namespace Workflows.Runtime.Commands;

public sealed record CancelTask(string TaskId, string? Reason = null) : RuntimeCommand;
