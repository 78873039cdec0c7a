using System.Text.Json;

namespace Workflows.Forms.Schemas;

/// <summary>Which keywords of a schema object hold subschemas, and in what shape.</summary>
internal static class SchemaKeywords
{
    /// <summary>Keywords whose value is one subschema.</summary>
    public static readonly IReadOnlySet<string> Single = new HashSet<string>(StringComparer.Ordinal)
    {
        "additionalProperties", "unevaluatedProperties", "items", "unevaluatedItems", "contains", "propertyNames",
        "not", "if", "then", "else", "contentSchema", "additionalItems",
    };

    /// <summary>Keywords whose value is an object of subschemas keyed by a name (or pattern).</summary>
    public static readonly IReadOnlySet<string> Map = new HashSet<string>(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
    };

    /// <summary>Keywords whose value is an array of subschemas.</summary>
    public static readonly IReadOnlySet<string> List = new HashSet<string>(StringComparer.Ordinal)
    {
        "allOf", "anyOf", "oneOf", "prefixItems",
    };

    /// <summary>Every direct subschema of <paramref name="schema"/> with the pointer segments that lead to it.</summary>
    public static IEnumerable<(string Keyword, string? Member, JsonElement Subschema)> Subschemas(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) yield break;
        foreach (var property in schema.EnumerateObject())
        {
            var value = property.Value;
            if (Single.Contains(property.Name) && IsSchema(value))
            {
                yield return (property.Name, null, value);
            }
            else if (Map.Contains(property.Name) && value.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in value.EnumerateObject())
                {
                    if (IsSchema(member.Value)) yield return (property.Name, member.Name, member.Value);
                }
            }
            else if ((List.Contains(property.Name) || property.Name == "items") && value.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    if (IsSchema(item))
                    {
                        yield return (property.Name, index.ToString(System.Globalization.CultureInfo.InvariantCulture), item);
                    }

                    index++;
                }
            }
        }
    }

    public static bool IsSchema(JsonElement value) =>
        value.ValueKind is JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False;
}
