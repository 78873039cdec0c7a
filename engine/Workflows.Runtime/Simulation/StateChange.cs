namespace Workflows.Runtime.Simulation;

/// <summary>One instance (<see cref="Unit"/> null) or unit state change: the variables before and after, as JSON text.</summary>
public sealed record StateChange(string At, string? Unit, string Before, string After);
