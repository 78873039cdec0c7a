using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Model.Validation;

/// <summary>Deep equality for rule results: numbers compare by value (1 equals 1.0), objects ignore member order.</summary>
public static class JsonEquivalence
{
    public static bool AreEquivalent(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (null, JsonValue v):
                return v.GetValueKind() == JsonValueKind.Null;
            case (JsonValue v, null):
                return v.GetValueKind() == JsonValueKind.Null;
            case (JsonObject x, JsonObject y):
                return x.Count == y.Count && x.All(p => y.TryGetPropertyValue(p.Key, out var other) && AreEquivalent(p.Value, other));
            case (JsonArray x, JsonArray y):
                return x.Count == y.Count && x.Zip(y).All(p => AreEquivalent(p.First, p.Second));
            case (JsonValue x, JsonValue y) when x.GetValueKind() == JsonValueKind.Number && y.GetValueKind() == JsonValueKind.Number:
                var dx = JsonNumber.ToDouble(x);
                var dy = JsonNumber.ToDouble(y);
                return Math.Abs(dx - dy) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(dx), Math.Abs(dy)));
            case (JsonValue x, JsonValue y) when x.GetValueKind() is var kind && kind != JsonValueKind.String:
                // true, false and null are equal when their kinds are; a number never equals a non-number.
                return kind == y.GetValueKind() && kind != JsonValueKind.Number;
            case (JsonValue x, JsonValue y) when x.TryGetValue(out string? sx) && y.TryGetValue(out string? sy):
                return string.Equals(sx, sy, StringComparison.Ordinal);
            default:
                return JsonNode.DeepEquals(a, b);
        }
    }
}
