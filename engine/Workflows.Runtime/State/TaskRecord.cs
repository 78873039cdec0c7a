using System.Text.Json.Nodes;

namespace Workflows.Runtime.State;

/// <summary>
/// One generated task, as stored: plain data, replaced by each command that changes it; <see cref="Version"/> is its
/// optimistic-concurrency token. <see cref="NextTimerAt"/> is the due-date index the timer sweep reads (next due or
/// escalation instant while the task is with its assignee, the review deadline of the current level while it is in
/// review), so deadlines never need one scheduler trigger per task.
/// </summary>
public sealed record TaskRecord
{
    public required string Id { get; init; }
    public required string InstanceId { get; init; }
    public required string Template { get; init; }
    public string? Phase { get; init; }
    public required int Round { get; init; }
    public required string Unit { get; init; }
    public required TaskState State { get; init; }
    public required IReadOnlyList<string> Assignees { get; init; }
    public string? LeadUnit { get; init; }
    public required IReadOnlyList<string> ResponsibleUnits { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset? EscalateAt { get; init; }

    /// <summary>The draft or submitted form data.</summary>
    public JsonObject? Data { get; init; }

    /// <summary>How many times the form was submitted (accepted submissions; see <see cref="SubmissionRecord"/>).</summary>
    public int Submissions { get; init; }

    public DateTimeOffset? FirstSubmittedAt { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The review levels that apply to the current submission, decided when it was submitted.</summary>
    public IReadOnlyList<string> ReviewLevels { get; init; } = [];

    /// <summary>Index into <see cref="ReviewLevels"/> of the level now reviewing.</summary>
    public int ReviewIndex { get; init; }

    /// <summary>When the current review level must decide by (its <c>within</c> from the moment it was asked); null without a limit.</summary>
    public DateTimeOffset? ReviewDueAt { get; init; }

    /// <summary>The current review level let <see cref="ReviewDueAt"/> pass undecided; cleared when a level decides or the task is returned.</summary>
    public bool ReviewOverdue { get; init; }

    public string? LastComment { get; init; }
    public bool Overdue { get; init; }
    public DateTimeOffset? OverdueAt { get; init; }
    public string? EscalatedTo { get; init; }
    public DateTimeOffset? EscalatedAt { get; init; }
    public DateTimeOffset? NextTimerAt { get; init; }
    public required int Version { get; init; }
}
