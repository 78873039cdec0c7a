using System.Text.Json;
using Workflows.Model.Definitions;
using Workflows.Runtime.Events;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Fan-out: one task per unit of the assignee's type under the scope (filtered by the template's <c>when</c> rule),
/// assigned to the holders of the role there, with lead and responsible units resolved and the due date computed.
/// Task ids are deterministic (<c>instance/template/round/unit</c>), so replays and simulations name tasks alike.
/// </summary>
internal static class TaskGenerator
{
    private static readonly string CreatedText = EventJson.Of(TaskState.Created);

    public static void CreateRound(CommandContext ctx, TaskTemplate template, OrgUnit? contextUnit)
    {
        var number = ctx.NextRound(template.Id);
        ctx.TouchInstance();
        var round = Prepare(ctx, template, number);
        if (contextUnit is null)
        {
            var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, template.Assignee.UnitType);
            for (var i = 0; i < units.Count; i++)
            {
                Create(ctx, round, units[i]);
            }
        }
        else
        {
            foreach (var unit in ActionRunner.Related(ctx, contextUnit, template.Assignee.UnitType))
            {
                Create(ctx, round, unit);
            }
        }
    }

    /// <summary>What every task of a round shares is computed once: the id prefix, a lead by code, a due date that does not depend on the unit.</summary>
    private static Round Prepare(CommandContext ctx, TaskTemplate template, int number)
    {
        var zone = ctx.Programme.Zone;
        var due = template.Due switch
        {
            { Within: { } within } => ZonedTime.Plus(ctx.Now, within, zone),
            { Date: { } date } => ZonedTime.StartOf(date, zone),
            _ => (NodaTime.Instant?)null,
        };
        var prefix = string.Concat(ctx.InstanceId, "/", template.Id, "/", number.ToString(System.Globalization.CultureInfo.InvariantCulture), "/");
        return new Round(template, number, prefix, Lead(ctx, template), due?.ToDateTimeOffset(), Escalate(ctx, template, due));
    }

    private static void Create(CommandContext ctx, Round round, OrgUnit unit)
    {
        var template = round.Template;
        if (template.When is { } when && !ctx.Rules.Holds(ctx, when, new RuleSubject(unit)))
        {
            return;
        }

        var id = string.Concat(round.IdPrefix, unit.Id);
        var task = new TaskRecord
        {
            Id = id,
            InstanceId = ctx.InstanceId,
            Template = template.Id,
            Phase = template.Phase,
            Round = round.Number,
            Unit = unit.Id,
            State = TaskState.Created,
            Assignees = ctx.Org.HoldersOf(unit.Id, template.Assignee.Role),
            LeadUnit = round.FixedLead ?? (template.Lead is { Code: null } lead ? ctx.Org.NearestOfType(unit.Id, lead.UnitType)?.Id : null),
            ResponsibleUnits = Responsible(ctx, template, unit),
            CreatedAt = ctx.NowOffset,
            DueAt = round.Due,
            EscalateAt = round.EscalateAt,
            NextTimerAt = round.Due,
            Version = 1,
        };

        if (template.Due is { Rule: { } rule } && DueByRule(ctx, rule, unit, task) is { } byRule)
        {
            var at = byRule.ToDateTimeOffset();
            task = task with { DueAt = at, EscalateAt = Escalate(ctx, template, byRule), NextTimerAt = at };
        }

        ctx.AddTask(task);
        ctx.Emit(EventKinds.TaskCreated, id, unit.Id, null, CreatedText);
    }

    private static DateTimeOffset? Escalate(CommandContext ctx, TaskTemplate template, NodaTime.Instant? due) =>
        due is { } d && template.Escalation is { } e ? ZonedTime.Plus(d, e.After, ctx.Programme.Zone).ToDateTimeOffset() : null;

    private static NodaTime.Instant? DueByRule(CommandContext ctx, string rule, OrgUnit unit, TaskRecord task)
    {
        var value = ctx.Rules.Evaluate(ctx, rule, new RuleSubject(unit, task));
        return value is System.Text.Json.Nodes.JsonValue v && v.GetValueKind() == JsonValueKind.String && ZonedTime.TryParseDate(v.GetValue<string>(), out var date)
            ? ZonedTime.StartOf(date, ctx.Programme.Zone)
            : null;
    }

    /// <summary>A lead named by code is the same unit for every task of the round.</summary>
    private static string? Lead(CommandContext ctx, TaskTemplate template) =>
        template.Lead is { Code: { } code } lead ? ctx.Org.FindByCode(lead.UnitType, code, ctx.ScopeUnit)?.Id ?? ctx.Org.FindByCode(lead.UnitType, code)?.Id : null;

    private static string[] Responsible(CommandContext ctx, TaskTemplate template, OrgUnit unit)
    {
        if (template.Responsible.Count == 0)
        {
            return [];
        }

        if (template.Responsible.Count == 1)
        {
            return Select(ctx, template.Responsible[0], unit) is { } only ? [only.Id] : [];
        }

        var result = new List<string>(template.Responsible.Count);
        foreach (var selector in template.Responsible)
        {
            var found = Select(ctx, selector, unit);
            if (found is not null && !result.Contains(found.Id))
            {
                result.Add(found.Id);
            }
        }

        return result.ToArray();
    }

    private static OrgUnit? Select(CommandContext ctx, UnitSelector selector, OrgUnit unit) => selector.Code is { } code
        ? ctx.Org.FindByCode(selector.UnitType, code, ctx.ScopeUnit) ?? ctx.Org.FindByCode(selector.UnitType, code)
        : ctx.Org.NearestOfType(unit.Id, selector.UnitType);

    private sealed record Round(TaskTemplate Template, int Number, string IdPrefix, string? FixedLead, DateTimeOffset? Due, DateTimeOffset? EscalateAt);
}
