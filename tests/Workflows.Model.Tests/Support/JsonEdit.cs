using System.Text.Json.Nodes;

namespace Workflows.Model.Tests.Support;

/// <summary>Edits a JSON document at an RFC 6901 pointer: the way tests break a valid programme in one known place.</summary>
public static class JsonEdit
{
    public static JsonObject Set(JsonObject document, string pointer, JsonNode? value)
    {
        var (parent, last) = Parent(document, pointer);
        switch (parent)
        {
            case JsonObject o:
                o[last] = value;
                break;
            case JsonArray a:
                a[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                break;
        }

        return document;
    }

    public static JsonObject Remove(JsonObject document, string pointer)
    {
        var (parent, last) = Parent(document, pointer);
        if (parent is JsonObject o)
        {
            Assert.True(o.Remove(last), $"nothing at {pointer}");
        }
        else if (parent is JsonArray a)
        {
            a.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        }

        return document;
    }

    private static (JsonNode Parent, string Last) Parent(JsonObject document, string pointer)
    {
        var segments = pointer.Split('/').Skip(1).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        JsonNode node = document;
        foreach (var segment in segments[..^1])
        {
            node = node switch
            {
                JsonObject o => o[segment] ?? throw new InvalidOperationException($"nothing at {segment} of {pointer}"),
                JsonArray a => a[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]!,
                _ => throw new InvalidOperationException(pointer),
            };
        }

        return (node, segments[^1]);
    }
}
