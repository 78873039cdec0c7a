namespace Workflows.Model.Wire;

/// <summary>A bilingual text: <c>{"zh": "…", "en": "…"}</c>. Chinese is required, English recommended.</summary>
public sealed record TextV1
{
    public string? Zh { get; init; }
    public string? En { get; init; }
}
