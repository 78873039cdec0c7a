using System.Globalization;
using System.Text.Json.Nodes;

namespace Workflows.Model.Validation;

/// <summary>
/// Reads a JSON number whatever backs it: parsed text, or a CLR int/long/decimal put there by code (rule results,
/// defaults). <c>GetValue&lt;double&gt;()</c> throws on a long-backed value, so every numeric read goes through here.
/// </summary>
public static class JsonNumber
{
    /// <summary>The number a node holds, or null when it is not a JSON number.</summary>
    public static double? Read(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? ToDouble(value) : null;

    public static double ToDouble(JsonValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.TryGetValue<double>(out var d))
        {
            return d;
        }

        if (value.TryGetValue<long>(out var l))
        {
            return l;
        }

        if (value.TryGetValue<int>(out var i))
        {
            return i;
        }

        if (value.TryGetValue<decimal>(out var m))
        {
            return (double)m;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
