using System.Text.Json;

namespace Workflows.Forms.Messages;

/// <summary>
/// Messages a schema author writes on a schema object; they replace the generated ones for errors raised by that
/// object. Two annotation keywords are read, <c>x-message</c> first, then <c>errorMessage</c> (the ajv-errors
/// convention), each in one of these shapes:
/// <list type="bullet">
/// <item><c>"x-message": {"zh": "请填写11位手机号", "en": "Enter an 11-digit mobile number"}</c> — for every error of the object;</item>
/// <item><c>"x-message": "…"</c> — the same text in both languages;</item>
/// <item><c>"x-message": {"pattern": {"zh": …, "en": …}, "required": "…"}</c> — per keyword (the keyword that failed,
/// such as <c>minimum</c>, <c>required</c>, <c>format</c>, <c>anyOf</c>; <c>form.minimum</c> is accepted too).</item>
/// </list>
/// A language left out keeps the generated message.
/// </summary>
internal static class CustomMessage
{
    private static readonly string[] Keywords = ["x-message", "errorMessage"];

    public static Bilingual Apply(JsonElement? schema, string keyword, Bilingual generated)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } element) return generated;
        foreach (var annotation in Keywords)
        {
            if (!element.TryGetProperty(annotation, out var value)) continue;
            var found = Read(value, keyword);
            if (found is not null) return Merge(found.Value, generated);
        }

        return generated;
    }

    /// <summary>True when the schema has a message written for <paramref name="keyword"/> (or for all its errors).</summary>
    public static bool Has(JsonElement? schema, string keyword)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } element) return false;
        foreach (var annotation in Keywords)
        {
            if (element.TryGetProperty(annotation, out var value) && Read(value, keyword) is not null) return true;
        }

        return false;
    }

    /// <summary>True when the schema has a message written for exactly <paramref name="keyword"/> (keyword-map form).</summary>
    public static bool HasKeyed(JsonElement schema, string keyword)
    {
        if (schema.ValueKind != JsonValueKind.Object) return false;
        foreach (var annotation in Keywords)
        {
            if (schema.TryGetProperty(annotation, out var value) && value.ValueKind == JsonValueKind.Object
                && !value.TryGetProperty("zh", out _) && !value.TryGetProperty("en", out _) && Read(value, keyword) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Zh, string? En)? Read(JsonElement value, string keyword)
    {
        if (value.ValueKind == JsonValueKind.String) return (value.GetString(), value.GetString());
        if (value.ValueKind != JsonValueKind.Object) return null;
        if (value.TryGetProperty("zh", out _) || value.TryGetProperty("en", out _)) return Text(value);
        if (value.TryGetProperty(keyword, out var specific) || value.TryGetProperty("form." + keyword, out specific))
        {
            return specific.ValueKind switch
            {
                JsonValueKind.String => (specific.GetString(), specific.GetString()),
                JsonValueKind.Object => Text(specific),
                _ => null,
            };
        }

        return null;
    }

    private static (string? Zh, string? En)? Text(JsonElement value)
    {
        var zh = value.TryGetProperty("zh", out var z) && z.ValueKind == JsonValueKind.String ? z.GetString() : null;
        var en = value.TryGetProperty("en", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        return zh is null && en is null ? null : (zh, en);
    }

    private static Bilingual Merge((string? Zh, string? En) custom, Bilingual generated) =>
        new(string.IsNullOrEmpty(custom.Zh) ? generated.Zh : custom.Zh, string.IsNullOrEmpty(custom.En) ? generated.En : custom.En);
}
