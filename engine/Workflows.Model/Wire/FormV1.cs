using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// A form: a JSON Schema (draft 2020-12) for the submission, UI hints for the renderer and bilingual labels
/// keyed by the field's path in the data (<c>/leader/name</c>, array items as <c>/members/*/name</c>).
/// </summary>
public sealed record FormV1
{
    public TextV1? Title { get; init; }
    public TextV1? Description { get; init; }
    public JsonNode? Schema { get; init; }
    public JsonNode? Ui { get; init; }
    public Dictionary<string, TextV1>? Labels { get; init; }
}
