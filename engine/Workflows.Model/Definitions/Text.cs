namespace Workflows.Model.Definitions;

/// <summary>A bilingual text; Chinese first, English when given.</summary>
public sealed record Text(string Zh, string? En)
{
    public static Text Empty { get; } = new("", null);

    public override string ToString() => En is null ? Zh : $"{Zh} ({En})";
}
