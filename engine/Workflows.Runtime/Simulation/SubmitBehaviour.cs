namespace Workflows.Runtime.Simulation;

/// <summary>
/// When assignees submit: <see cref="AfterDays"/> after creation (or after a return), or each day with
/// <see cref="Probability"/>; <see cref="Never"/> leaves the task to fall overdue.
/// </summary>
public sealed record SubmitBehaviour(int? AfterDays, double? Probability, bool Never)
{
    public static SubmitBehaviour Default { get; } = new(7, null, false);
}
