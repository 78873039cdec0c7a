namespace Workflows.Runtime.Commands;

/// <summary>Creates a new round of a template's tasks across the scope, as a <c>createTasks</c> action would.</summary>
public sealed record CreateTasks(string InstanceId, string Template) : RuntimeCommand;
