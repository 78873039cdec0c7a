namespace Workflows.Forms.Documents;

/// <summary>Why a <see cref="System.Text.Json.Nodes.JsonNode"/> could not be read as a JSON document.</summary>
internal enum ConversionProblem
{
    None,
    TooDeep,
    NotJson,
}
