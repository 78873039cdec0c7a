namespace Workflows.Model.Definitions;

public sealed record TaskTemplate(
    string Id,
    Text Title,
    string? Phase,
    Assignee Assignee,
    string? When,
    UnitSelector? Lead,
    IReadOnlyList<UnitSelector> Responsible,
    string? Form,
    Due? Due,
    string? Schedule,
    IReadOnlyList<ReviewLevel> Review,
    IReadOnlyList<ProgrammeAction> OnComplete,
    Escalation? Escalation);
