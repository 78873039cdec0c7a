using System.Text.Json.Nodes;

namespace Workflows.Model.Definitions;

/// <summary>A typed programme parameter with its effective value (the default, or what an adoption set).</summary>
public sealed record Parameter(string Id, ValueType Type, JsonNode? Value, Text Label, string? Unit);
