using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;

namespace Workflows.Scripting.Conversion;

/// <summary>
/// Turns plain JSON into fresh JavaScript values. Only JSON shapes cross: no .NET object reaches the engine, so a rule
/// can never call a host method (which <c>JsValue.FromObject</c> on a .NET object would allow).
/// </summary>
internal static class JsonToJs
{
    /// <summary>Deeper input is refused rather than risking the host's stack.</summary>
    public const int MaxDepth = 128;

    /// <exception cref="InputTooDeepException">The input nests deeper than <see cref="MaxDepth"/>.</exception>
    public static JsValue Convert(Engine engine, JsonNode? node) => Convert(engine, node, 0);

    /// <summary>
    /// Converts an input, keeping only <paramref name="members"/> of a top-level object when given: a rule that only
    /// ever names <c>form.area</c> cannot observe the other fields, so they are not converted.
    /// </summary>
    public static JsValue Convert(Engine engine, JsonNode? node, string[]? members)
    {
        if (members is null || node is not JsonObject obj)
        {
            return Convert(engine, node, 0);
        }

        var result = new JsObject(engine);
        foreach (var name in members)
        {
            if (obj.TryGetPropertyValue(name, out var member))
            {
                result.FastSetDataProperty(name, Convert(engine, member, 1));
            }
        }

        return result;
    }

    /// <summary>
    /// Converts a unit: its descriptor's members and a <c>state</c> object of the defaults overlaid with the stored
    /// values, keeping only <paramref name="members"/> when given — the same value as converting
    /// <see cref="RuleUnit.ToJsonObject"/>, without building it.
    /// </summary>
    public static JsValue Convert(Engine engine, in RuleUnit unit, string[]? members, int depth)
    {
        Deeper(depth);
        var result = new JsObject(engine);
        var descriptor = unit.Descriptor;
        if (members is null)
        {
            for (var i = 0; i < descriptor.Count; i++)
            {
                var (name, member) = descriptor.GetAt(i);
                if (name != RuleUnit.StateMember)
                {
                    result.FastSetDataProperty(name, Convert(engine, member, depth + 1));
                }
            }

            result.FastSetDataProperty(RuleUnit.StateMember, ConvertState(engine, unit, depth + 1));
            return result;
        }

        foreach (var name in members)
        {
            if (name == RuleUnit.StateMember)
            {
                result.FastSetDataProperty(name, ConvertState(engine, unit, depth + 1));
            }
            else if (descriptor.TryGetPropertyValue(name, out var member))
            {
                result.FastSetDataProperty(name, Convert(engine, member, depth + 1));
            }
        }

        return result;
    }

    /// <summary>Converts a list of units (a cohort) to an array.</summary>
    public static JsValue Convert(Engine engine, IReadOnlyList<RuleUnit> units)
    {
        var items = new JsValue[units.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Convert(engine, units[i], null, 1);
        }

        return new JsArray(engine, items);
    }

    private static JsObject ConvertState(Engine engine, in RuleUnit unit, int depth)
    {
        Deeper(depth);
        var state = new JsObject(engine);
        Overlay(engine, state, unit.StateDefaults, depth);
        Overlay(engine, state, unit.State, depth);
        return state;
    }

    private static void Overlay(Engine engine, JsObject target, JsonObject? values, int depth)
    {
        if (values is null)
        {
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var (name, member) = values.GetAt(i);
            target.FastSetDataProperty(name, Convert(engine, member, depth + 1));
        }
    }

    private static JsValue Convert(Engine engine, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                return JsValue.Null;
            case JsonValue value:
                return ConvertValue(value);
            case JsonObject obj:
                {
                    Deeper(depth);
                    var result = new JsObject(engine);
                    for (var i = 0; i < obj.Count; i++)
                    {
                        var (name, member) = obj.GetAt(i);
                        result.FastSetDataProperty(name, Convert(engine, member, depth + 1));
                    }

                    return result;
                }

            case JsonArray array:
                {
                    Deeper(depth);
                    var items = new JsValue[array.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Convert(engine, array[i], depth + 1);
                    }

                    return new JsArray(engine, items);
                }

            default:
                return JsValue.Undefined;
        }
    }

    private static void Deeper(int depth)
    {
        if (depth >= MaxDepth)
        {
            throw new InputTooDeepException();
        }
    }

    private static JsValue ConvertValue(JsonValue value)
    {
        // The kind first: asking a node built from a number or a boolean for a JsonElement makes it parse a JsonDocument.
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                if (value.TryGetValue(out string? text))
                {
                    return JsString.Create(text);
                }

                return JsString.Create(value.TryGetValue(out JsonElement element) ? element.GetString()! : JsonSerializer.Deserialize<string>(value.ToJsonString())!);
            case JsonValueKind.Number:
                return JsNumber.Create(ToDouble(value));
            case JsonValueKind.True:
                return JsBoolean.True;
            case JsonValueKind.False:
                return JsBoolean.False;
            default:
                return JsValue.Null;
        }
    }

    private static double ToDouble(JsonValue value)
    {
        if (value.TryGetValue(out double d))
        {
            return d;
        }

        if (value.TryGetValue(out int i))
        {
            return i;
        }

        if (value.TryGetValue(out long l))
        {
            return l;
        }

        if (value.TryGetValue(out decimal m))
        {
            return (double)m;
        }

        return double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
