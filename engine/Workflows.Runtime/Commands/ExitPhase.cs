namespace Workflows.Runtime.Commands;

/// <summary>The manual signal for a phase's exit: it is left when an exit criterion holds with <c>manual</c> given.</summary>
public sealed record ExitPhase(string InstanceId, string Phase) : RuntimeCommand;
