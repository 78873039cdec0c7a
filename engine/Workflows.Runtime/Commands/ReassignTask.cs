namespace Workflows.Runtime.Commands;

public sealed record ReassignTask(string TaskId, IReadOnlyList<string> Assignees) : RuntimeCommand;
