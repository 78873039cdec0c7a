namespace Workflows.Runtime.Commands;

/// <summary>The values of <see cref="CommandResult.Code"/> for rejected commands.</summary>
public static class RejectionCodes
{
    public const string InstanceNotFound = "instance.notFound";
    public const string InstanceExists = "instance.exists";
    public const string InstanceCompleted = "instance.completed";
    public const string ProgrammeNotFound = "programme.notFound";
    public const string UnitNotFound = "unit.notFound";
    public const string PhaseNotFound = "phase.notFound";
    public const string PhaseState = "phase.state";
    public const string CriteriaNotMet = "phase.criteriaNotMet";
    public const string TemplateNotFound = "template.notFound";
    public const string TaskNotFound = "task.notFound";
    public const string TaskState = "task.state";
    public const string NotAssignee = "task.notAssignee";
    public const string NotReviewer = "review.notReviewer";
    public const string CommentRequired = "review.commentRequired";
    public const string FormInvalid = "form.invalid";
}
