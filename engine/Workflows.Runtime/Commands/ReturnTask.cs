namespace Workflows.Runtime.Commands;

/// <summary>Returns the task to its assignees with a comment; the actor must hold the current level's role.</summary>
public sealed record ReturnTask(string TaskId, string Comment) : RuntimeCommand;
