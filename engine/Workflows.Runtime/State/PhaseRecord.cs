namespace Workflows.Runtime.State;

/// <summary>Where one phase of an instance stands; <see cref="ManualEntry"/>/<see cref="ManualExit"/> record that the manual command was given.</summary>
public sealed record PhaseRecord(PhaseStatus Status, DateTimeOffset? EnteredAt, DateTimeOffset? ExitedAt, bool ManualEntry, bool ManualExit)
{
    public static PhaseRecord Pending { get; } = new(PhaseStatus.Pending, null, null, false, false);
}
