using System.Text.Json.Nodes;

namespace Workflows.Runtime.Simulation;

/// <summary>Scripted responses: a seed, defaults, and per-template rules for who submits when, with what data, and what reviewers decide.</summary>
public sealed record SimulationScript(int Seed, ResponseRule Defaults, IReadOnlyDictionary<string, ResponseRule> Tasks)
{
    public static SimulationScript Default { get; } = new(1, new ResponseRule(null, null, new Dictionary<string, JsonObject>(), null), new Dictionary<string, ResponseRule>());

    public SubmitBehaviour SubmitFor(string template) => Tasks.GetValueOrDefault(template)?.Submit ?? Defaults.Submit ?? SubmitBehaviour.Default;

    public ReviewBehaviour ReviewFor(string template) => Tasks.GetValueOrDefault(template)?.Review ?? Defaults.Review ?? ReviewBehaviour.Default;

    /// <summary>The data submitted for a task: per unit, else per template, else the defaults, else an empty object.</summary>
    public JsonObject DataFor(string template, string unit) => ScriptDataFor(template, unit)?.DeepClone().AsObject() ?? [];

    /// <summary>The script's own data object for the task (not a copy: callers must not change it), or null for none.</summary>
    internal JsonObject? ScriptDataFor(string template, string unit)
    {
        var rule = Tasks.GetValueOrDefault(template);
        return rule?.DataByUnit.GetValueOrDefault(unit) ?? rule?.Data ?? Defaults.DataByUnit.GetValueOrDefault(unit) ?? Defaults.Data;
    }
}
