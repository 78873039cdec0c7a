using System.Text.Json.Nodes;

namespace Workflows.Model.Tests.Support;

/// <summary>Random, seeded changes to JSON documents: the raw material of the validator's never-throw property.</summary>
public sealed class JsonMutator(int seed)
{
    private static readonly string[] Words = ["", "x", "community", "phase1", "P3Y", "R/2015-01-01/P1Y", "0 0 1 * *", "2014-06-01", "2014-13-45", "Asia/Shanghai", "Mars/Base", "form", "while(true){}", "return (", "{", "-P1D", "zh", "en", "param", "__proto__", "constructor"];

    private readonly Random _random = new(seed);

    public JsonObject Mutate(JsonObject document, int changes)
    {
        ArgumentNullException.ThrowIfNull(document);
        var copy = document.DeepClone().AsObject();
        for (var i = 0; i < changes; i++)
        {
            var nodes = new List<JsonNode>();
            Collect(copy, nodes);
            var target = nodes[_random.Next(nodes.Count)];
            Change(target);
        }

        return copy;
    }

    public JsonNode? RandomValue(int depth)
    {
        var kind = _random.Next(depth > 3 ? 6 : 8);
        return kind switch
        {
            0 => null,
            1 => JsonValue.Create(_random.Next(2) == 0),
            2 => JsonValue.Create(_random.Next(-3, 3000)),
            3 => JsonValue.Create(_random.NextDouble() * Math.Pow(10, _random.Next(-5, 20))),
            4 or 5 => JsonValue.Create(Words[_random.Next(Words.Length)]),
            6 => new JsonArray(Enumerable.Range(0, _random.Next(4)).Select(_ => RandomValue(depth + 1)).ToArray()),
            _ => RandomObject(depth + 1),
        };
    }

    private JsonObject RandomObject(int depth)
    {
        var o = new JsonObject();
        for (var i = _random.Next(5); i > 0; i--)
        {
            o[Words[_random.Next(Words.Length)] + _random.Next(3)] = RandomValue(depth);
        }

        return o;
    }

    private void Change(JsonNode target)
    {
        switch (target)
        {
            case JsonObject o when o.Count > 0 && _random.Next(3) == 0:
                o.Remove(o.ElementAt(_random.Next(o.Count)).Key);
                break;
            case JsonObject o:
                var key = o.Count > 0 && _random.Next(2) == 0 ? o.ElementAt(_random.Next(o.Count)).Key : Words[_random.Next(Words.Length)];
                o[key] = RandomValue(2);
                break;
            case JsonArray a when a.Count > 0 && _random.Next(2) == 0:
                a.RemoveAt(_random.Next(a.Count));
                break;
            case JsonArray a:
                a.Add(RandomValue(2));
                break;
            default:
                // A value: replace it in its parent.
                if (target.Parent is JsonObject parent)
                {
                    parent[target.GetPropertyName()] = RandomValue(2);
                }
                else if (target.Parent is JsonArray array)
                {
                    array[target.GetElementIndex()] = RandomValue(2);
                }

                break;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> into)
    {
        if (node is null)
        {
            return;
        }

        into.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, v) in o)
                {
                    Collect(v, into);
                }

                break;
            case JsonArray a:
                foreach (var v in a)
                {
                    Collect(v, into);
                }

                break;
        }
    }
}
