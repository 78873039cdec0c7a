using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// An adoption: <c>kind</c> "overlay", the <c>base</c> programme id it adapts, parameter values and a JSON Merge
/// Patch (RFC 7396) for structural changes. Overlays chain: province → city → district.
/// </summary>
public sealed record OverlayV1
{
    public string? Language { get; init; }
    public string? Kind { get; init; }
    public string? Id { get; init; }
    public string? Base { get; init; }
    public TextV1? Title { get; init; }
    public Dictionary<string, JsonNode?>? Parameters { get; init; }
    public JsonObject? Patch { get; init; }
}
