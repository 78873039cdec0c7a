using System.Text.Json.Nodes;

namespace Workflows.Forms.Tests.Support;

/// <summary>
/// A seeded generator of schema-like documents: mostly plausible keywords with plausible values, sometimes a wrong
/// value, nested through every applicator, so that compilation and error collection meet every shape.
/// </summary>
internal sealed class RandomSchema(int seed)
{
    public static readonly string[] Names = ["a", "b", "name"];

    private static readonly string[] Types = ["string", "number", "integer", "boolean", "object", "array", "null"];
    private static readonly string[] Formats = ["date", "date-time", "time", "email", "uri", "ipv4", "uuid", "duration", "phone"];
    private static readonly string[] Patterns = ["^a", "[0-9]+", "^$", "^1[3-9][0-9]{9}$", "\\p{IsCJKUnifiedIdeographs}", "("];
    private static readonly string[] References = ["#", "#/$defs/x", "#/properties/a", "#/$defs/missing", "#nope"];
    private static readonly string[] Numbers = ["0", "-1", "0.5", "3", "500", "1e300", "-0.01"];

    private static readonly string[] Keywords =
    [
        "type", "properties", "required", "items", "prefixItems", "additionalProperties", "unevaluatedProperties", "unevaluatedItems",
        "not", "if", "then", "else", "contains", "propertyNames", "allOf", "anyOf", "oneOf", "minimum", "maximum", "exclusiveMinimum",
        "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties",
        "minContains", "maxContains", "enum", "const", "pattern", "format", "uniqueItems", "dependentRequired", "dependentSchemas",
        "$ref", "$defs", "x-message", "x-enumLabels", "patternProperties",
    ];

    private readonly Random random = new(seed);
    private readonly RandomJson values = new(seed + 1, Names);

    public JsonNode? Next() => Schema(4);

    private JsonNode? Schema(int depth)
    {
        if (depth <= 0 || random.Next(8) == 0) return JsonValue.Create(random.Next(3) != 0);
        var schema = new JsonObject();
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var keyword = Keywords[random.Next(Keywords.Length)];
            schema[keyword] = random.Next(25) == 0 ? values.Next(2) : Value(keyword, depth - 1);
        }

        return schema;
    }

    private JsonNode? Value(string keyword, int depth) => keyword switch
    {
        "type" => random.Next(3) == 0 ? new JsonArray(Pick(Types), Pick(Types)) : Pick(Types),
        "properties" or "patternProperties" or "$defs" or "dependentSchemas" => Map(keyword, depth),
        "required" => new JsonArray(Names.Where(_ => random.Next(2) == 0).Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
        "prefixItems" or "allOf" or "anyOf" or "oneOf" => new JsonArray(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Schema(depth)).ToArray()),
        "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" => JsonNode.Parse(Pick(Numbers)),
        "multipleOf" => JsonNode.Parse(Pick(["0.01", "0.5", "2", "3"])),
        "minLength" or "maxLength" or "minItems" or "maxItems" or "minProperties" or "maxProperties" or "minContains" or "maxContains" =>
            JsonValue.Create(random.Next(6)),
        "enum" => new JsonArray(Enumerable.Range(0, random.Next(1, 4)).Select(_ => values.Next(1)).ToArray()),
        "const" => values.Next(1),
        "pattern" => Pick(Patterns),
        "format" => Pick(Formats),
        "uniqueItems" => JsonValue.Create(random.Next(2) == 0),
        "dependentRequired" => new JsonObject { [Pick(Names)] = new JsonArray(Pick(Names)) },
        "$ref" => Pick(References),
        "x-message" => random.Next(3) switch
        {
            0 => JsonValue.Create("自定义"),
            1 => new JsonObject { ["zh"] = "自定义", ["en"] = "custom" },
            _ => new JsonObject { ["minimum"] = new JsonObject { ["zh"] = "太小" } },
        },
        "x-enumLabels" => new JsonArray("一", new JsonObject { ["zh"] = "二" }),
        _ => Schema(depth),
    };

    private JsonObject Map(string keyword, int depth)
    {
        var map = new JsonObject();
        var keys = keyword == "patternProperties" ? ["^a", "e$"] : keyword == "$defs" ? ["x", "y"] : Names;
        foreach (var key in keys.Where(_ => random.Next(2) == 0)) map[key] = Schema(depth);
        return map;
    }

    private string Pick(string[] options) => options[random.Next(options.Length)];
}
