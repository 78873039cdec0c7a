using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>Who may act on a task: its assignees, the supervising unit once it is escalated, and each level's reviewers.</summary>
internal static class TaskAccess
{
    /// <summary>
    /// The actor may do the assignee's work (save a draft, submit, reassign): the engine, an assignee, or — once the task
    /// is escalated — a holder of the escalation's role in the unit it went to (any role there when none is declared).
    /// </summary>
    public static bool MayActForAssignee(CommandContext ctx, TaskRecord task) =>
        RuntimeActors.IsSystem(ctx.Command.Actor)
        || task.Assignees.Contains(ctx.Command.Actor!, StringComparer.Ordinal)
        || IsSupervisor(ctx, task, ctx.Command.Actor!);

    /// <summary>The reviewer holds the level's role in the task unit's nearest unit (itself or above) of the level's type.</summary>
    public static bool MayReview(CommandContext ctx, TaskRecord task, ReviewLevel level)
    {
        if (RuntimeActors.IsSystem(ctx.Command.Actor))
        {
            return true;
        }

        return ctx.Org.NearestOfType(task.Unit, level.UnitType) is { } reviewing && ctx.Org.Holds(ctx.Command.Actor!, reviewing.Id, level.Role);
    }

    private static bool IsSupervisor(CommandContext ctx, TaskRecord task, string actor)
    {
        if (task.EscalatedTo is not { } unit)
        {
            return false;
        }

        if (ctx.Programme.Tasks[task.Template].Escalation?.Role is { } role)
        {
            return ctx.Org.Holds(actor, unit, role);
        }

        return ctx.Org.FindUser(actor) is { } user && user.Roles.Any(g => string.Equals(g.Unit, unit, StringComparison.Ordinal));
    }
}
