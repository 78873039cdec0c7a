namespace Workflows.Model.Wire;

/// <summary>
/// Work the engine generates: one task per unit of the assignee's unit type in the scope (filtered by
/// <c>when</c>), created when <c>phase</c> is entered, or on each fire of <c>schedule</c> while the phase is active.
/// </summary>
public sealed record TaskTemplateV1
{
    public TextV1? Title { get; init; }
    public TextV1? Description { get; init; }
    public string? Phase { get; init; }
    public AssigneeV1? Assignee { get; init; }
    public string? When { get; init; }
    public UnitSelectorV1? Lead { get; init; }
    public List<UnitSelectorV1>? Responsible { get; init; }
    public string? Form { get; init; }
    public DueV1? Due { get; init; }
    public string? Schedule { get; init; }
    public List<ReviewLevelV1>? Review { get; init; }
    public List<ActionV1>? OnComplete { get; init; }
    public EscalationV1? Escalation { get; init; }
}
