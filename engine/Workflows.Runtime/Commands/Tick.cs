namespace Workflows.Runtime.Commands;

/// <summary>
/// Brings an instance up to the clock: every date sentry, schedule fire, due date and escalation between the last
/// evaluation and now is processed in time order, each at its own instant.
/// </summary>
public sealed record Tick(string InstanceId) : RuntimeCommand;
