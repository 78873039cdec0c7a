using Workflows.Model.Definitions;

namespace Workflows.Runtime.Simulation;

/// <summary>The outcome of a simulation, as the designer draws it; <see cref="TimelineJson"/> writes the documented JSON shape.</summary>
public sealed class SimulationTimeline
{
    public required string ProgrammeId { get; init; }
    public required string ProgrammeVersion { get; init; }
    public required Text Title { get; init; }
    public required string Scope { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public required int Seed { get; init; }
    public required string Status { get; set; }
    public string? CompletedAt { get; set; }
    public List<PhaseSpan> Phases { get; } = [];
    public List<MonthSummary> Months { get; } = [];
    public List<StateChange> StateChanges { get; } = [];
    public bool StateChangesTruncated { get; set; }

    /// <summary>Rule failures seen (rule id → count): a programme that simulates cleanly has none.</summary>
    public SortedDictionary<string, int> RuleFailures { get; } = new(StringComparer.Ordinal);

    /// <summary>Metric values at the end of the simulation.</summary>
    public SortedDictionary<string, MetricPoint> FinalMetrics { get; } = new(StringComparer.Ordinal);
}
