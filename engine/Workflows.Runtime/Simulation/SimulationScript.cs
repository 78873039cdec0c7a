using System.Text.Json.Nodes;

namespace Workflows.Runtime.Simulation;

/// <summary>Scripted responses: a seed, defaults, and per-template rules for who submits when, with what data, and what reviewers decide.</summary>
public sealed record SimulationScript(int Seed, ResponseRule Defaults, IReadOnlyDictionary<string, ResponseRule> Tasks)
{
    public static SimulationScript Default { get; } = new(1, new ResponseRule(null, null, new Dictionary<string, JsonObject>(), null), new Dictionary<string, ResponseRule>());

    public SubmitBehaviour SubmitFor(string template) => Tasks.GetValueOrDefault(template)?.Submit ?? Defaults.Submit ?? SubmitBehaviour.Default;

    public ReviewBehaviour ReviewFor(string template) => Tasks.GetValueOrDefault(template)?.Review ?? Defaults.Review ?? ReviewBehaviour.Default;

    /// <summary>
    /// The data submitted for a task created in <paramref name="year"/>, on its first submission (<paramref name="attempt"/>
    /// 0) or after a return: on a resubmission the template's (else the defaults') <c>resubmitData</c> when given;
    /// otherwise per unit, else per year, else per template, then the same in the defaults, else an empty object.
    /// </summary>
    public JsonObject DataFor(string template, string unit, int year = 0, int attempt = 0) =>
        ScriptDataFor(template, unit, year, attempt)?.DeepClone().AsObject() ?? [];

    /// <summary>The script's own data object for the task (not a copy: callers must not change it), or null for none.</summary>
    internal JsonObject? ScriptDataFor(string template, string unit, int year, int attempt)
    {
        var rule = Tasks.GetValueOrDefault(template);
        if (attempt > 0 && (rule?.ResubmitData ?? Defaults.ResubmitData) is { } again)
        {
            return again;
        }

        return rule?.DataByUnit.GetValueOrDefault(unit) ?? rule?.DataByYear.GetValueOrDefault(year) ?? rule?.Data
            ?? Defaults.DataByUnit.GetValueOrDefault(unit) ?? Defaults.DataByYear.GetValueOrDefault(year) ?? Defaults.Data;
    }
}
