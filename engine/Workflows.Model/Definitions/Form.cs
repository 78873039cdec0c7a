using System.Text.Json.Nodes;
using Workflows.Forms;

namespace Workflows.Model.Definitions;

/// <summary>A form with its compiled schema; submissions are validated with <see cref="Schema"/>.</summary>
public sealed record Form(string Id, Text Title, FormSchema Schema, JsonNode SchemaNode, JsonNode? Ui, IReadOnlyDictionary<string, Text> Labels);
