using System.Text.Json.Nodes;

namespace Workflows.Runtime.State;

/// <summary>
/// One programme running for one scope unit, as stored: plain data, replaced (never mutated) by each command that
/// changes it. <see cref="Version"/> is the optimistic-concurrency token: a command writes version n + 1 over n.
/// </summary>
public sealed record InstanceRecord
{
    public required string Id { get; init; }
    public required string ProgrammeId { get; init; }
    public required string ProgrammeVersion { get; init; }
    public required string ScopeUnit { get; init; }
    public required InstanceStatus Status { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The instant up to which date sentries, schedules and task deadlines have been processed.</summary>
    public required DateTimeOffset EvaluatedAt { get; init; }

    /// <summary>The next instant at which something is due to happen without a command (a date, a schedule fire, a deadline), when known.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    /// <summary>Instance state variables (<c>state</c> in rules).</summary>
    public required JsonObject State { get; init; }

    public required IReadOnlyDictionary<string, PhaseRecord> Phases { get; init; }

    /// <summary>The next fire of each schedule still to come.</summary>
    public required IReadOnlyDictionary<string, DateTimeOffset> ScheduleNext { get; init; }

    /// <summary>How many rounds of each task template have been created.</summary>
    public required IReadOnlyDictionary<string, int> Rounds { get; init; }

    public required int Version { get; init; }
}
