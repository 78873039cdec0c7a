using System.Collections.Frozen;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Wire;

namespace Workflows.Model.Validation;

/// <summary>Resolves everything a task template names: phase, assignee, rules, units, form, due, schedule, review chain, escalation.</summary>
internal static class TaskBinder
{
    public static FrozenDictionary<string, TaskTemplate> Bind(BindingContext ctx)
    {
        var created = CreatedByActions(ctx.Wire);
        var result = new Dictionary<string, TaskTemplate>();
        foreach (var (id, wire) in ctx.TaskWires)
        {
            var at = Pointer.Of("tasks", id);
            if (wire.Phase is not null)
            {
                ctx.Resolve(wire.Phase, ctx.Wire.Phases, Pointer.Append(at, "phase"), ReferenceKind.Phase);
            }

            if (wire.Schedule is not null)
            {
                ctx.Resolve(wire.Schedule, ctx.Wire.Schedules, Pointer.Append(at, "schedule"), ReferenceKind.Schedule);
            }

            if (wire.Phase is null && wire.Schedule is null && !created.Contains(id))
            {
                ctx.Error(at, "task.neverCreated", $"任务模板“{id}”不会被创建：请指定 phase、schedule，或由某个 createTasks 动作创建", $"Task template '{id}' is never created: give it a phase or a schedule, or create it with a createTasks action");
            }

            var assigneeType = wire.Assignee?.UnitType;
            if (wire.Assignee is { } assignee && ctx.Resolve(assignee.UnitType, ctx.Wire.UnitTypes, Pointer.Append(at, "assignee", "unitType"), ReferenceKind.UnitType))
            {
                ctx.Resolve(assignee.Role, ctx.RolesOf(assignee.UnitType), Pointer.Append(at, "assignee", "role"), ReferenceKind.Role);
            }

            ResolveOptional(ctx, wire.When, ctx.Wire.Rules, Pointer.Append(at, "when"), ReferenceKind.Rule);
            ResolveOptional(ctx, wire.Form, ctx.Wire.Forms, Pointer.Append(at, "form"), ReferenceKind.Form);
            var lead = BindSelector(ctx, wire.Lead, Pointer.Append(at, "lead"));
            var responsible = (wire.Responsible ?? []).Select((s, i) => BindSelector(ctx, s, Pointer.Append(at, "responsible", i))).OfType<UnitSelector>().ToList();
            var due = BindDue(ctx, wire.Due, Pointer.Append(at, "due"));
            var review = BindReview(ctx, wire.Review, Pointer.Append(at, "review"), assigneeType);
            var onComplete = ActionBinder.Bind(ctx, wire.OnComplete, Pointer.Append(at, "onComplete"), assigneeType);
            var escalation = BindEscalation(ctx, wire.Escalation, Pointer.Append(at, "escalation"), assigneeType);
            if (wire.Assignee is { UnitType: { } unitType, Role: { } role })
            {
                result[id] = new TaskTemplate(id, BindingContext.TextOf(wire.Title), wire.Phase, new Assignee(unitType, role), wire.When, lead, responsible, wire.Form, due, wire.Schedule, review, onComplete, escalation);
            }
        }

        return result.ToFrozenDictionary();
    }

    private static void ResolveOptional<T>(BindingContext ctx, string? id, IReadOnlyDictionary<string, T>? map, string pointer, ReferenceKind kind)
    {
        if (id is not null)
        {
            ctx.Resolve(id, map, pointer, kind);
        }
    }

    private static UnitSelector? BindSelector(BindingContext ctx, UnitSelectorV1? wire, string pointer)
    {
        if (wire?.UnitType is not { } type || !ctx.Resolve(type, ctx.Wire.UnitTypes, Pointer.Append(pointer, "unitType"), ReferenceKind.UnitType))
        {
            return null;
        }

        return new UnitSelector(type, wire.Code, wire.Name is null ? null : BindingContext.TextOf(wire.Name));
    }

    private static Due? BindDue(BindingContext ctx, DueV1? wire, string pointer)
    {
        if (wire is null)
        {
            return null;
        }

        ResolveOptional(ctx, wire.Rule, ctx.Wire.Rules, Pointer.Append(pointer, "rule"), ReferenceKind.Rule);
        return new Due(ctx.ResolvePeriod(wire.Within, Pointer.Append(pointer, "within")), ctx.ResolveDate(wire.Date, Pointer.Append(pointer, "date")), wire.Rule);
    }

    private static List<ReviewLevel> BindReview(BindingContext ctx, List<ReviewLevelV1>? levels, string pointer, string? assigneeType)
    {
        var result = new List<ReviewLevel>();
        var ids = new HashSet<string>();
        for (var i = 0; i < (levels?.Count ?? 0); i++)
        {
            var level = levels![i];
            var at = Pointer.Append(pointer, i);
            var id = level.Id ?? $"level{i + 1}";
            if (!ids.Add(id))
            {
                ctx.Error(Pointer.Append(at, "id"), "review.duplicateLevel", $"审核级别“{id}”重复", $"Review level '{id}' appears twice");
            }

            ResolveOptional(ctx, level.When, ctx.Wire.Rules, Pointer.Append(at, "when"), ReferenceKind.Rule);
            var within = ctx.ResolvePeriod(level.Within, Pointer.Append(at, "within"));
            if (level.UnitType is not { } type || !ctx.Resolve(type, ctx.Wire.UnitTypes, Pointer.Append(at, "unitType"), ReferenceKind.UnitType))
            {
                continue;
            }

            ctx.Resolve(level.Role, ctx.RolesOf(type), Pointer.Append(at, "role"), ReferenceKind.Role);
            if (assigneeType is not null && ctx.Wire.UnitTypes!.ContainsKey(assigneeType) && !UnitTypeBinder.IsAncestorOrSelf(ctx, type, assigneeType))
            {
                ctx.Error(Pointer.Append(at, "unitType"), "review.notAncestor", $"审核单位类型“{type}”不在承办单位类型“{assigneeType}”的上级链条中", $"Reviewing unit type '{type}' is not above the assignee's unit type '{assigneeType}'");
            }

            if (level.Role is { } role)
            {
                result.Add(new ReviewLevel(id, BindingContext.TextOf(level.Title), type, role, level.When, within));
            }
        }

        return result;
    }

    private static Escalation? BindEscalation(BindingContext ctx, EscalationV1? wire, string pointer, string? assigneeType)
    {
        if (wire is null)
        {
            return null;
        }

        var after = ctx.ResolvePeriod(wire.After, Pointer.Append(pointer, "after"));
        if (wire.To is { } to && ctx.Resolve(to, ctx.Wire.UnitTypes, Pointer.Append(pointer, "to"), ReferenceKind.UnitType))
        {
            // Like a review level's role: the supervising role must exist in the unit type the task escalates to.
            if (wire.Role is { } role)
            {
                ctx.Resolve(role, ctx.RolesOf(to), Pointer.Append(pointer, "role"), ReferenceKind.Role);
            }

            if (assigneeType is not null && ctx.Wire.UnitTypes!.ContainsKey(assigneeType) && !UnitTypeBinder.IsAncestorOrSelf(ctx, to, assigneeType))
            {
                ctx.Error(Pointer.Append(pointer, "to"), "escalation.notAncestor", $"升级对象“{to}”不是“{assigneeType}”的上级单位类型", $"Escalation target '{to}' is not above unit type '{assigneeType}'");
            }
        }

        return after is null ? null : new Escalation(after, wire.To, wire.Role);
    }

    /// <summary>
    /// Templates some action creates, plus those a rule may create through its effects: a rule's <c>createTasks</c>
    /// names templates as string literals, so any template id quoted in a rule's source counts.
    /// </summary>
    private static HashSet<string> CreatedByActions(ProgrammeV1 wire)
    {
        var created = (wire.Phases ?? []).Values.SelectMany(p => (p.OnEnter ?? []).Concat(p.OnExit ?? []))
            .Concat((wire.Tasks ?? []).Values.SelectMany(t => t.OnComplete ?? []))
            .Concat((wire.Schedules ?? []).Values.SelectMany(s => s.Actions ?? []))
            .Select(a => a.CreateTasks).OfType<string>().ToHashSet();
        var sources = (wire.Rules ?? []).Values.Select(r => r.Expression ?? r.Body ?? "").ToList();
        foreach (var id in (wire.Tasks ?? []).Keys)
        {
            if (sources.Any(src => src.Contains($"'{id}'", StringComparison.Ordinal) || src.Contains($"\"{id}\"", StringComparison.Ordinal)))
            {
                created.Add(id);
            }
        }

        return created;
    }
}
