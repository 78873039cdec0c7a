using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Model.Validation;
using Workflows.Model.Definitions;
using Workflows.Runtime.Events;
using Workflows.Runtime.Organisation;
using Workflows.Scripting;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Builds the plain-JSON input of ADR 0001 for a rule and evaluates it with its prepared script. A failing rule never
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

        var input = new JsonObject
        {
            ["params"] = ctx.Params,
            ["state"] = ctx.State,
            ["now"] = ctx.NowText,
        };
        try
        {
            if (rule.Scope != RuleScope.Instance && unit is not null)
            {
                input["unit"] = UnitInput(ctx, unit);
            }

            if (rule.Scope == RuleScope.Cohort && rule.UnitType is { } cohortType)
            {
                input["units"] = CohortInput(ctx, cohortType);
            }

            if ((subject.Form ?? subject.Task?.Data) is { } form)
            {
                input["form"] = form.DeepClone();
            }

            if (subject.Task is { } task)
            {
                input["task"] = TaskInput(ctx, task);
            }

            if (subject.Review is { } review)
            {
                input["review"] = review.DeepClone();
            }

            var outcome = sandbox.Evaluate(rule.Compiled, input);
            if (outcome.Success)
            {
                return outcome.Value;
            }

            var failure = new JsonObject { ["rule"] = rule.Id, ["code"] = outcome.Error.Code, ["message"] = outcome.Error.MessageEn };
            ctx.Emit(EventKinds.RuleFailed, rule.Id, unit?.Id, null, EventJson.Of(failure));
            return null;
        }
        finally
        {
            // params and state belong to the command context and are lent to each input: detach them for the next rule.
            input.Clear();
        }
    }

    public static JsonObject UnitInput(CommandContext ctx, OrgUnit unit) => new()
    {
        ["id"] = unit.Id,
        ["type"] = unit.Type,
        ["code"] = unit.Code,
        ["name"] = new JsonObject { ["zh"] = unit.Name.Zh, ["en"] = unit.Name.En },
        ["attributes"] = unit.Attributes.DeepClone(),
        ["state"] = ctx.UnitStateView(unit),
    };

    private static JsonArray CohortInput(CommandContext ctx, string type)
    {
        var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, type);
        var array = new JsonArray();
        foreach (var unit in units)
        {
            array.Add(UnitInput(ctx, unit));
        }

        return array;
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
