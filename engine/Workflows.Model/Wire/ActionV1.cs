using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>One action, written as an object with exactly one member (e.g. <c>{"createTasks": "assessment"}</c>).</summary>
public sealed record ActionV1
{
    public string? CreateTasks { get; init; }
    public string? CloseTasks { get; init; }
    public string? RunRule { get; init; }
    public JsonObject? SetState { get; init; }
    public JsonObject? SetUnitState { get; init; }
    public string? EnterPhase { get; init; }
    public string? ExitPhase { get; init; }
}
