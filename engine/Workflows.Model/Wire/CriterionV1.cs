using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// A sentry: every condition it names must hold — a <c>date</c> reached, the phase <c>after</c> left, a
/// <c>rule</c> true, a <c>manual</c> command given, or (exit only) every task of the phase completed.
/// </summary>
public sealed record CriterionV1
{
    public JsonNode? Date { get; init; }
    public string? After { get; init; }
    public string? Rule { get; init; }
    public bool? Manual { get; init; }
    public bool? TasksCompleted { get; init; }
}
