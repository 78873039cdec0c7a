using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Workflows.Forms.Tests.Support;

/// <summary>
/// A tiny seeded generator of arbitrary JSON: every JSON type, extreme numbers (1e400, -0, 5e-324), odd strings
/// (dates, surrogates, control characters), and member names that a schema knows (so that deep structure gets
/// exercised) mixed with ones it does not.
/// </summary>
internal sealed class RandomJson(int seed, IReadOnlyList<string> names)
{
    private static readonly string[] Numbers =
    [
        "0", "-0", "1", "-1", "3", "5", "499.999", "500", "1200", "0.35", "0.01", "1e400", "-1e400", "5e-324", "1e-400",
        "9007199254740993", "79228162514264337593543950336", "123456789012345678901234567890.5", "1.7976931348623157e308",
    ];

    private static readonly string[] Strings =
    [
        "", "王芳", "2024-05-01", "2024-02-30", "2024-05-01T09:30:00+08:00", "09:30:00+08:00", "13800000001", "urban", "rural",
        "office@niuling.example.cn", "https://niuling.example.cn", "192.168.1.1", "123e4567-e89b-12d3-a456-426614174000", "P3Y",
        "\u0000\u001f", "\ud83c\udfe0", "~/", "/members/0", "#", "{\"a\":1}", new string('长', 300),
    ];

    private readonly Random random = new(seed);

    public JsonNode? Next(int maxDepth = 6) => Value(maxDepth);

    private JsonNode? Value(int depth)
    {
        var pick = random.Next(depth > 0 ? 10 : 6);
        return pick switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(2) == 0),
            2 => JsonNode.Parse(Numbers[random.Next(Numbers.Length)]),
            3 => JsonValue.Create(random.Next(-1000, 5000) / (random.Next(3) == 0 ? 7.0 : 1.0)),
            4 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
            5 => JsonValue.Create(RandomString()),
            6 or 7 => Object(depth - 1),
            _ => Array(depth - 1),
        };
    }

    private JsonObject Object(int depth)
    {
        var result = new JsonObject();
        var count = random.Next(8);
        for (var i = 0; i < count; i++)
        {
            var name = random.Next(4) == 0 ? RandomString() : names[random.Next(names.Count)];
            result[name] = Value(depth);
        }

        return result;
    }

    private JsonArray Array(int depth)
    {
        var result = new JsonArray();
        var count = random.Next(7);
        for (var i = 0; i < count; i++) result.Add(Value(depth));
        return result;
    }

    private string RandomString()
    {
        var builder = new StringBuilder();
        var length = random.Next(12);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(4) switch
            {
                0 => (char)random.Next(0x20, 0x7f),
                1 => (char)random.Next(0x4e00, 0x9fa5),
                2 => random.Next(10).ToString(CultureInfo.InvariantCulture)[0],
                _ => "-:T.~/@ "[random.Next(8)],
            });
        }

        return builder.ToString();
    }
}
