using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// A programme document as written (language <c>workflows/1</c>). Every member is nullable: the reader
/// maps what it can and the validator reports what is missing, so one pass yields every error.
/// </summary>
public sealed record ProgrammeV1
{
    public string? Language { get; init; }
    public string? Kind { get; init; }
    public string? Id { get; init; }
    public string? Version { get; init; }
    public TextV1? Title { get; init; }
    public TextV1? Description { get; init; }
    public string? TimeZone { get; init; }
    public Dictionary<string, ParameterV1>? Parameters { get; init; }
    public Dictionary<string, UnitTypeV1>? UnitTypes { get; init; }
    public Dictionary<string, FormV1>? Forms { get; init; }
    public Dictionary<string, RuleV1>? Rules { get; init; }
    public StateV1? State { get; init; }
    public Dictionary<string, PhaseV1>? Phases { get; init; }
    public Dictionary<string, TaskTemplateV1>? Tasks { get; init; }
    public Dictionary<string, ScheduleV1>? Schedules { get; init; }
    public Dictionary<string, MetricV1>? Metrics { get; init; }

    /// <summary>The overlays applied to reach this document, base first; written when an effective programme is computed.</summary>
    public List<AdoptionV1>? Adoptions { get; init; }

    /// <summary>Free-form notes for authors (sources, section numbers); ignored by the engine.</summary>
    public JsonNode? Notes { get; init; }
}
