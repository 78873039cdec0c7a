using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Organisation;
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
        || IsAssignee(task, ctx.Command.Actor!)
        || IsSupervisor(ctx.Programme, ctx.Org, task, ctx.Command.Actor!);

    /// <summary>The reviewer holds the level's role in the task unit's nearest unit (itself or above) of the level's type.</summary>
    public static bool MayReview(CommandContext ctx, TaskRecord task, ReviewLevel level) =>
        RuntimeActors.IsSystem(ctx.Command.Actor) || IsReviewer(ctx.Org, task, level, ctx.Command.Actor!);

    public static bool IsAssignee(TaskRecord task, string actor) => task.Assignees.Contains(actor, StringComparer.Ordinal);

    public static bool IsReviewer(OrganisationDirectory org, TaskRecord task, ReviewLevel level, string actor) =>
        org.NearestOfType(task.Unit, level.UnitType) is { } reviewing && org.Holds(actor, reviewing.Id, level.Role);

    public static bool IsSupervisor(Programme programme, OrganisationDirectory org, TaskRecord task, string actor)
    {
        if (task.EscalatedTo is not { } unit)
        {
            return false;
        }

        if (programme.Tasks[task.Template].Escalation?.Role is { } role)
        {
            return org.Holds(actor, unit, role);
        }

        return org.FindUser(actor) is { } user && user.Roles.Any(g => string.Equals(g.Unit, unit, StringComparison.Ordinal));
    }
}
