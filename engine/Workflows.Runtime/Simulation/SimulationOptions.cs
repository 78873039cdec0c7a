using NodaTime;

namespace Workflows.Runtime.Simulation;

/// <summary>What to simulate: a scope unit from <see cref="Start"/> to <see cref="End"/> (local dates, inclusive) in steps of <see cref="Step"/>.</summary>
public sealed record SimulationOptions(string ScopeUnit, LocalDate Start, LocalDate End, SimulationStep Step = SimulationStep.Day)
{
    /// <summary>State changes kept in the timeline; past this it says <c>stateChangesTruncated</c>.</summary>
    public int MaxStateChanges { get; init; } = 5000;

    /// <summary>Told the fraction of the period simulated (0–1) as the run goes, for a progress bar on long runs.</summary>
    public IProgress<double>? Progress { get; init; }
}
