using System.Collections.Frozen;
using System.Text.Json.Nodes;
using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>
/// A validated, immutable programme: every reference resolves, every rule is prepared, every date is resolved
/// against the effective parameters. Shared freely between threads and instances.
/// </summary>
public sealed class Programme
{
    public required string Id { get; init; }
    public required string Version { get; init; }
    public required Text Title { get; init; }
    public Text? Description { get; init; }
    public required DateTimeZone Zone { get; init; }
    public required FrozenDictionary<string, Parameter> Parameters { get; init; }

    /// <summary>The effective parameter values as the JSON object rules see as <c>params</c>.</summary>
    public required JsonObject ParameterValues { get; init; }

    public required FrozenDictionary<string, UnitType> UnitTypes { get; init; }
    public required FrozenDictionary<string, Form> Forms { get; init; }
    public required FrozenDictionary<string, Rule> Rules { get; init; }
    public required FrozenDictionary<string, StateVariable> InstanceState { get; init; }
    public required FrozenDictionary<string, FrozenDictionary<string, StateVariable>> UnitState { get; init; }

    /// <summary>Phases in document order.</summary>
    public required IReadOnlyList<Phase> Phases { get; init; }

    public required FrozenDictionary<string, TaskTemplate> Tasks { get; init; }
    public required FrozenDictionary<string, Schedule> Schedules { get; init; }
    public required FrozenDictionary<string, Metric> Metrics { get; init; }

    /// <summary>Overlay ids applied to reach this programme, base first.</summary>
    public required IReadOnlyList<string> Adoptions { get; init; }

    /// <summary>The effective document this model was read from.</summary>
    public required JsonObject Document { get; init; }

    public Phase? FindPhase(string id) => Phases.FirstOrDefault(p => p.Id == id);
}
