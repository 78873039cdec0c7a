namespace Workflows.Runtime.Commands;

/// <summary>Approves the task at its current review level; the actor must hold that level's role.</summary>
public sealed record ApproveTask(string TaskId, string? Comment = null) : RuntimeCommand;
