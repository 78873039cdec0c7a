namespace Workflows.Runtime.Simulation;

/// <summary>Reviewers decide <see cref="AfterDays"/> after a level is requested, approving with probability <see cref="Approve"/> (else returning).</summary>
public sealed record ReviewBehaviour(double Approve, int AfterDays)
{
    public static ReviewBehaviour Default { get; } = new(1.0, 2);
}
