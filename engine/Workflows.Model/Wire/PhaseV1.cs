namespace Workflows.Model.Wire;

/// <summary>
/// A stage of the programme. It is entered when any <c>entry</c> criterion holds (no criteria: at the start)
/// and left when any <c>exit</c> criterion holds; its actions run on entry and on exit.
/// </summary>
public sealed record PhaseV1
{
    public TextV1? Title { get; init; }
    public TextV1? Description { get; init; }
    public List<CriterionV1>? Entry { get; init; }
    public List<CriterionV1>? Exit { get; init; }
    public List<ActionV1>? OnEnter { get; init; }
    public List<ActionV1>? OnExit { get; init; }
}
