using System.Text.Json.Nodes;

namespace Workflows.Runtime.State;

/// <summary>
/// One submission of a task's form, kept for good: a returned task's earlier submissions stay as they were, with the
/// decisions each review level took on them, so a reviewer or an auditor sees what was returned and what came back.
/// <see cref="Version"/> moves with each decision (optimistic concurrency, like every record).
/// </summary>
public sealed record SubmissionRecord
{
    public required string InstanceId { get; init; }
    public required string TaskId { get; init; }

    /// <summary>1 for the first submission of the task, then 2, 3, … after each return.</summary>
    public required int Number { get; init; }

    /// <summary>The data as submitted and accepted by the form.</summary>
    public required JsonObject Data { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Who submitted: an assignee, a supervisor acting for them, or null for the engine.</summary>
    public string? SubmittedBy { get; init; }

    /// <summary>The review levels' decisions on this submission, in order.</summary>
    public IReadOnlyList<ReviewDecision> Decisions { get; init; } = [];

    public required int Version { get; init; }
}

/// <summary>A review level's decision on a submission.</summary>
public sealed record ReviewDecision(string Level, bool Approved, string? By, DateTimeOffset At, string? Comment);
