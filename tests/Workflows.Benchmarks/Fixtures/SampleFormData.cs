using System.Text.Json.Nodes;
using Workflows.Model.Definitions;

namespace Workflows.Benchmarks.Fixtures;

/// <summary>
/// The smallest plausible submission for a form, derived from its JSON Schema: every required member, strings of the
/// minimum length (dates for <c>format: date</c>), the first enum value or the const, numbers at their minimum,
/// booleans false, arrays of <c>minItems</c> items. Good enough for the simulator to complete tasks; checked against the
/// form before use.
/// </summary>
public static class SampleFormData
{
    public static JsonObject For(Form form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var data = Value(form.SchemaNode) as JsonObject ?? [];

        // Conditional requirements (if/then/else) and patterns are repaired from the form's own field errors.
        for (var pass = 0; pass < 4; pass++)
        {
            var errors = form.Schema.Validate(data);
            if (errors.Count == 0)
            {
                break;
            }

            foreach (var error in errors)
            {
                JsonNode? repaired = error.Code switch
                {
                    "form.required" => "示例说明",
                    "form.pattern" => "13800138000",
                    _ => null,
                };
                if (repaired is not null)
                {
                    Set(data, error.Pointer, repaired);
                }
            }
        }

        return data;
    }

    private static void Set(JsonObject root, string pointer, JsonNode value)
    {
        var parts = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode? node = root;
        for (var i = 0; i < parts.Length - 1 && node is not null; i++)
        {
            node = node is JsonArray array && int.TryParse(parts[i], System.Globalization.CultureInfo.InvariantCulture, out var index) ? array[index] : node[parts[i]];
        }

        if (node is JsonObject parent && parts.Length > 0)
        {
            parent[parts[^1]] = value;
        }
    }

    private static JsonNode? Value(JsonNode? schema)
    {
        if (schema is not JsonObject s)
        {
            return null;
        }

        if (s["const"] is { } constant)
        {
            return constant.DeepClone();
        }

        if (s["enum"] is JsonArray { Count: > 0 } values)
        {
            return values[0]?.DeepClone();
        }

        var type = s["type"] is JsonValue t ? (string?)t : s["type"] is JsonArray types ? (string?)types[0] : s["properties"] is not null ? "object" : null;
        switch (type)
        {
            case "object":
                var result = new JsonObject();
                var properties = s["properties"] as JsonObject;
                foreach (var name in (s["required"] as JsonArray ?? []).Select(n => (string)n!))
                {
                    result[name] = Value(properties?[name]);
                }

                return result;
            case "array":
                var min = s["minItems"] is JsonValue m ? (int)m : 0;
                var array = new JsonArray();
                for (var i = 0; i < min; i++)
                {
                    array.Add(Value(s["items"]));
                }

                return array;
            case "string":
                if ((string?)s["format"] == "date")
                {
                    return "2015-01-15";
                }

                var length = s["minLength"] is JsonValue l ? Math.Max((int)l, 2) : 2;
                return new string('示', length);
            case "integer":
            case "number":
                var minimum = s["minimum"] is JsonValue lo ? (double)lo : s["exclusiveMinimum"] is JsonValue ex ? (double)ex + 1 : 1;
                if (s["exclusiveMinimum"] is JsonValue exclusive && minimum <= (double)exclusive)
                {
                    minimum = (double)exclusive + 1;
                }

                return type == "integer" ? (int)Math.Ceiling(minimum) : minimum;
            case "boolean":
                return false;
            default:
                return null;
        }
    }
}
