using System.Text.Json.Nodes;

namespace Workflows.Runtime.Simulation;

/// <summary>How the people behind one task template (or, as defaults, every template) respond. Unset members fall back to the defaults.</summary>
public sealed record ResponseRule(
    SubmitBehaviour? Submit,
    JsonObject? Data,
    IReadOnlyDictionary<string, JsonObject> DataByUnit,
    ReviewBehaviour? Review)
{
    /// <summary>Data for tasks created in a given year (the programme's calendar); per unit still wins.</summary>
    public IReadOnlyDictionary<int, JsonObject> DataByYear { get; init; } = new Dictionary<int, JsonObject>();

    /// <summary>Data submitted again after a return (every resubmission), in place of the first submission's data.</summary>
    public JsonObject? ResubmitData { get; init; }
}
