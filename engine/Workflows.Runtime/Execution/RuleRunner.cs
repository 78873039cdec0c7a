using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Model.Validation;
using Workflows.Model.Definitions;
using Workflows.Runtime.Events;
using Workflows.Runtime.Organisation;
using Workflows.Scripting;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Gives a rule the input of ADR 0001 — lent, never copied: parameter values, state, the unit's descriptor and state
/// layers — and evaluates it with its prepared script. A failing rule never
/// stops the engine: it is logged as <see cref="EventKinds.RuleFailed"/> and treated as having returned nothing.
/// </summary>
internal sealed class RuleRunner(RuleSandbox sandbox)
{
    public bool Holds(CommandContext ctx, string ruleId, RuleSubject subject) => IsTruthy(Evaluate(ctx, ruleId, subject));

    public JsonNode? Evaluate(CommandContext ctx, string ruleId, RuleSubject subject)
    {
        if (!ctx.Programme.Rules.TryGetValue(ruleId, out var rule))
        {
            return null;
        }

        var unit = subject.Unit;
        if (rule.Scope == RuleScope.Unit && unit is not null && rule.UnitType is { } type && unit.Type != type)
        {
            unit = ctx.Org.NearestOfType(unit.Id, type) ?? unit;
        }

        // Only the parts the rule names are built: a guard that reads form.score needs no task, unit or cohort.
        var reads = rule.Compiled.FreeNames;
        var input = new RuleArguments
        {
            Params = ctx.Programme.ParameterValues,
            State = ctx.StateForReading,
            Now = ctx.NowText,
            Unit = rule.Scope != RuleScope.Instance && unit is not null && reads.Contains(RuleInputNames.Unit) ? UnitInput(ctx, unit) : null,
            Units = rule.Scope == RuleScope.Cohort && rule.UnitType is { } cohortType && reads.Contains(RuleInputNames.Units) ? CohortInput(ctx, cohortType) : null,
            Form = subject.Form ?? subject.Task?.Data,
            Task = subject.Task is { } task && reads.Contains(RuleInputNames.Task) ? TaskInput(ctx, task) : null,
            Review = subject.Review,
        };
        var outcome = sandbox.Evaluate(rule.Compiled, input);
        if (outcome.Success)
        {
            return outcome.Value;
        }

        var failure = new JsonObject { ["rule"] = rule.Id, ["code"] = outcome.Error.Code, ["message"] = outcome.Error.MessageEn };
        ctx.Emit(EventKinds.RuleFailed, rule.Id, unit?.Id, null, EventJson.Of(failure));
        return null;
    }

    /// <summary>The unit as the rule sees it, lent from the directory and the command's view of its state: nothing is copied.</summary>
    public static RuleUnit UnitInput(CommandContext ctx, OrgUnit unit) =>
        new(ctx.Org.DescriptorOf(unit), ctx.Plan.UnitDefaults.GetValueOrDefault(unit.Type), ctx.StoredUnitState(unit.Id));

    private static RuleUnit[] CohortInput(CommandContext ctx, string type)
    {
        var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, type);
        var result = new RuleUnit[units.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = UnitInput(ctx, units[i]);
        }

        return result;
    }

    private static JsonObject TaskInput(CommandContext ctx, State.TaskRecord task) => new()
    {
        ["id"] = task.Id,
        ["template"] = task.Template,
        ["unit"] = task.Unit,
        ["round"] = task.Round,
        ["createdAt"] = ZonedTime.Iso(task.CreatedAt, ctx.Programme.Zone),
        ["dueAt"] = task.DueAt is { } due ? ZonedTime.Iso(due, ctx.Programme.Zone) : null,
        ["submittedAt"] = task.SubmittedAt is { } s ? ZonedTime.Iso(s, ctx.Programme.Zone) : null,
    };

    /// <summary>JavaScript truthiness over the JSON a rule returned.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.Number => JsonNumber.Read(v) is { } d && d != 0 && !double.IsNaN(d),
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            _ => true,
        },
        _ => true,
    };
}
