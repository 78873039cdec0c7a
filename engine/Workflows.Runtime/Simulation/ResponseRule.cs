using System.Text.Json.Nodes;

namespace Workflows.Runtime.Simulation;

/// <summary>How the people behind one task template (or, as defaults, every template) respond. Unset members fall back to the defaults.</summary>
public sealed record ResponseRule(
    SubmitBehaviour? Submit,
    JsonObject? Data,
    IReadOnlyDictionary<string, JsonObject> DataByUnit,
    ReviewBehaviour? Review);
