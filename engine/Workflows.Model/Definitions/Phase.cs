namespace Workflows.Model.Definitions;

public sealed record Phase(
    string Id,
    Text Title,
    IReadOnlyList<Criterion> Entry,
    IReadOnlyList<Criterion> Exit,
    IReadOnlyList<ProgrammeAction> OnEnter,
    IReadOnlyList<ProgrammeAction> OnExit);
