namespace Workflows.Runtime.Commands;

/// <summary>The manual signal for a phase's entry: it is entered when an entry criterion holds with <c>manual</c> given.</summary>
public sealed record EnterPhase(string InstanceId, string Phase) : RuntimeCommand;
