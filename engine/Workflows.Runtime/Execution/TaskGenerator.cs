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
        var round = ctx.Rounds.GetValueOrDefault(template.Id) + 1;
        ctx.Rounds[template.Id] = round;
        ctx.TouchInstance();
        var round0 = new Round(template, round, string.Concat(ctx.InstanceId, "/", template.Id, "/", round.ToString(System.Globalization.CultureInfo.InvariantCulture), "/"), Lead(ctx, template));
        if (contextUnit is null)
        {
            var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, template.Assignee.UnitType);
            for (var i = 0; i < units.Count; i++)
            {
                Create(ctx, round0, units[i]);
            }
        }
        else
        {
            foreach (var unit in ActionRunner.Related(ctx, contextUnit, template.Assignee.UnitType))
            {
                Create(ctx, round0, unit);
            }
        }
    }

    private static void Create(CommandContext ctx, Round round, OrgUnit unit)
    {
        var template = round.Template;
        if (template.When is { } when && !ctx.Rules.Holds(ctx, when, new RuleSubject(unit)))
        {
            return;
        }

        var zone = ctx.Programme.Zone;
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
            Version = 1,
        };

        var due = template.Due switch
        {
            { Within: { } within } => ZonedTime.Plus(ctx.Now, within, zone),
            { Date: { } date } => ZonedTime.StartOf(date, zone),
            { Rule: { } rule } => DueByRule(ctx, rule, unit, task),
            _ => (NodaTime.Instant?)null,
        };
        if (due is { } d)
        {
            var escalateAt = template.Escalation is { } e ? ZonedTime.Plus(d, e.After, zone).ToDateTimeOffset() : (DateTimeOffset?)null;
            task = task with { DueAt = d.ToDateTimeOffset(), EscalateAt = escalateAt, NextTimerAt = d.ToDateTimeOffset() };
        }

        ctx.AddTask(task);
        ctx.Emit(EventKinds.TaskCreated, id, unit.Id, null, CreatedText);
    }

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

        var result = new List<string>(template.Responsible.Count);
        foreach (var selector in template.Responsible)
        {
            var found = selector.Code is { } code
                ? ctx.Org.FindByCode(selector.UnitType, code, ctx.ScopeUnit) ?? ctx.Org.FindByCode(selector.UnitType, code)
                : ctx.Org.NearestOfType(unit.Id, selector.UnitType);
            if (found is not null && !result.Contains(found.Id))
            {
                result.Add(found.Id);
            }
        }

        return result.ToArray();
    }

    private sealed record Round(TaskTemplate Template, int Number, string IdPrefix, string? FixedLead);
}
