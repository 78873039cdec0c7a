namespace Workflows.Model.Wire;

/// <summary>One overlay in an effective programme's lineage.</summary>
public sealed record AdoptionV1
{
    public string? Id { get; init; }
    public TextV1? Title { get; init; }
}
