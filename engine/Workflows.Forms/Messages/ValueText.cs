using System.Text.Json;

namespace Workflows.Forms.Messages;

/// <summary>Short human renderings of JSON values for messages.</summary>
internal static class ValueText
{
    private const int MaxLength = 60;

    /// <summary>Strings without quotes, numbers as written in the schema, anything else as compact JSON.</summary>
    public static string Of(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
    }

    /// <summary>The number a keyword holds, as written; null when the keyword is absent or not a number.</summary>
    public static string? Number(JsonElement? schema, string keyword) =>
        schema is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty(keyword, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : null;

    public static bool IsOne(string number) => number is "1" or "1.0";
}
