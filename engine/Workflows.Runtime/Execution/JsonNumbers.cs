using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Runtime.Execution;

/// <summary>
/// Reads a JSON number whatever .NET value backs the node: nodes parsed from text hold a JsonElement, nodes built in
/// code (rule results, attributes) hold an int, long, double or decimal, and <c>GetValue&lt;double&gt;</c> converts none of those.
/// </summary>
internal static class JsonNumbers
{
    public static double? ToDouble(JsonNode? node)
    {
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (value.TryGetValue(out double d))
        {
            return d;
        }

        if (value.TryGetValue(out long l))
        {
            return l;
        }

        if (value.TryGetValue(out int i))
        {
            return i;
        }

        if (value.TryGetValue(out decimal m))
        {
            return (double)m;
        }

        return value.TryGetValue(out JsonElement e) ? e.GetDouble() : null;
    }
}
