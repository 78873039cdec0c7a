using System.Text.Json.Nodes;

namespace Workflows.Model.Definitions;

public sealed record StateVariable(string Id, ValueType Type, JsonNode? Default, Text Label);
