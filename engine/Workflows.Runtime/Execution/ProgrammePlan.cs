using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>What the runtime derives once per programme version: lookups by phase and schedule, state defaults, phase order.</summary>
internal sealed class ProgrammePlan
{
    private static readonly ConditionalWeakTable<Programme, ProgrammePlan> Cache = [];

    private ProgrammePlan(Programme programme)
    {
        Programme = programme;
        PhaseOrder = programme.Phases.Select(p => p.Id).ToArray();
        Phases = programme.Phases.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        var templates = programme.Tasks.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        PhaseTemplates = templates.Where(t => t.Phase is not null && t.Schedule is null)
            .GroupBy(t => t.Phase!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        ScheduleTemplates = templates.Where(t => t.Schedule is not null)
            .GroupBy(t => t.Schedule!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        InstanceDefaults = Defaults(programme.InstanceState);
        UnitDefaults = programme.UnitState.ToFrozenDictionary(kv => kv.Key, kv => Defaults(kv.Value), StringComparer.Ordinal);
        ScheduleOrder = programme.Schedules.Keys.Order(StringComparer.Ordinal).ToArray();
        Levels = programme.Tasks.Values
            .SelectMany(t => t.Review.Select(l => (Key: (t.Id, l.Id), Level: l)))
            .ToFrozenDictionary(x => x.Key, x => x.Level);
    }

    public Programme Programme { get; }

    public IReadOnlyList<string> PhaseOrder { get; }

    public FrozenDictionary<string, Phase> Phases { get; }

    /// <summary>Templates created when their phase is entered (those without a schedule), by phase.</summary>
    public FrozenDictionary<string, TaskTemplate[]> PhaseTemplates { get; }

    /// <summary>Templates created on each fire of their schedule, by schedule.</summary>
    public FrozenDictionary<string, TaskTemplate[]> ScheduleTemplates { get; }

    public IReadOnlyList<string> ScheduleOrder { get; }

    /// <summary>Instance state defaults; never handed out, only cloned.</summary>
    public JsonObject InstanceDefaults { get; }

    /// <summary>Unit state defaults by unit type; never changed, lent read-only to rule inputs and copied for writing.</summary>
    public FrozenDictionary<string, JsonObject> UnitDefaults { get; }

    private FrozenDictionary<(string Template, string Level), ReviewLevel> Levels { get; }

    /// <summary>A review level of a template by id, or null.</summary>
    public ReviewLevel? Level(string template, string levelId) => Levels.GetValueOrDefault((template, levelId));

    /// <summary>The level now reviewing the task's submission, or null when it is not in a level.</summary>
    public ReviewLevel? CurrentLevel(TaskRecord task) =>
        task.ReviewIndex < task.ReviewLevels.Count ? Level(task.Template, task.ReviewLevels[task.ReviewIndex]) : null;

    public static ProgrammePlan For(Programme programme) => Cache.GetValue(programme, p => new ProgrammePlan(p));

    private static JsonObject Defaults(IReadOnlyDictionary<string, StateVariable> variables)
    {
        var result = new JsonObject();
        foreach (var (id, variable) in variables.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            result[id] = variable.Default?.DeepClone();
        }

        return result;
    }
}
