namespace Workflows.Runtime.State;

/// <summary>A phase is entered at most once: pending, then active, then exited.</summary>
public enum PhaseStatus
{
    Pending,
    Active,
    Exited,
}
