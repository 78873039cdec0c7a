namespace Workflows.Runtime.Simulation;

/// <summary>A scripted response waiting for its time: a submission (attempt n) or a review decision at one level.</summary>
internal sealed record PlannedResponse(string TaskId, bool IsReview, int Attempt, string? Level);
