using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Model.Reading;
using ValueType = Workflows.Model.Definitions.ValueType;

namespace Workflows.Model.Validation;

/// <summary>
/// Checks one JSON value against a declared type and constraints. Shared by parameter defaults, adoption
/// overrides and state variables so the three agree on what "an integer ≥ 0" means.
/// </summary>
public static class ValueChecker
{
    public static bool TryParseType(string? name, out ValueType type)
    {
        type = name switch
        {
            "integer" => ValueType.Integer,
            "number" => ValueType.Number,
            "boolean" => ValueType.Boolean,
            "string" => ValueType.String,
            "date" => ValueType.Date,
            "year" => ValueType.Year,
            "duration" => ValueType.Duration,
            _ => (ValueType)(-1),
        };
        return (int)type >= 0;
    }

    public static string TypeName(ValueType type) => type switch
    {
        ValueType.Integer => "integer",
        ValueType.Number => "number",
        ValueType.Boolean => "boolean",
        ValueType.String => "string",
        ValueType.Date => "date",
        ValueType.Year => "year",
        _ => "duration",
    };

    private static string TypeNameZh(ValueType type) => type switch
    {
        ValueType.Integer => "整数",
        ValueType.Number => "数字",
        ValueType.Boolean => "布尔值（true/false）",
        ValueType.String => "文本",
        ValueType.Date => "日期（YYYY-MM-DD）",
        ValueType.Year => "年份（如 2026）",
        _ => "ISO 8601 时长（如 P3Y）",
    };

    private static string TypeNameEn(ValueType type) => type switch
    {
        ValueType.Date => "a date (YYYY-MM-DD)",
        ValueType.Year => "a year (e.g. 2026)",
        ValueType.Duration => "an ISO 8601 duration (e.g. P3Y)",
        ValueType.Integer => "an integer",
        ValueType.Number => "a number",
        ValueType.Boolean => "a boolean (true/false)",
        _ => "a string",
    };

    public static ValueProblem? Check(ValueType type, JsonNode? value, JsonNode? minimum = null, JsonNode? maximum = null, IReadOnlyList<JsonNode?>? allowed = null, string? pattern = null)
    {
        if (!HasType(type, value))
        {
            return new ValueProblem("type", $"应为{TypeNameZh(type)}，实际为 {Show(value)}", $"Must be {TypeNameEn(type)}, got {Show(value)}");
        }

        if (allowed is { Count: > 0 } && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            var list = string.Join("、", allowed.Select(Show));
            return new ValueProblem("enum", $"必须是以下之一：{list}", $"Must be one of: {string.Join(", ", allowed.Select(Show))}");
        }

        if (minimum is not null && Compare(type, value!, minimum) is < 0)
        {
            return new ValueProblem("minimum", $"不能小于 {Show(minimum)}（实际 {Show(value)}）", $"Must be at least {Show(minimum)} (got {Show(value)})");
        }

        if (maximum is not null && Compare(type, value!, maximum) is > 0)
        {
            return new ValueProblem("maximum", $"不能大于 {Show(maximum)}（实际 {Show(value)}）", $"Must be at most {Show(maximum)} (got {Show(value)})");
        }

        if (pattern is not null && type == ValueType.String && !MatchesPattern(pattern, value!.GetValue<string>()))
        {
            return new ValueProblem("pattern", $"不符合格式 {pattern}", $"Must match the pattern {pattern}");
        }

        return null;
    }

    public static bool HasType(ValueType type, JsonNode? value)
    {
        if (value is not JsonValue v)
        {
            return false;
        }

        return type switch
        {
            ValueType.Integer => IsInteger(v),
            ValueType.Year => IsInteger(v) && JsonNumber.ToDouble(v) is >= 1900 and <= 2200,
            ValueType.Number => v.GetValueKind() == JsonValueKind.Number,
            ValueType.Boolean => v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
            ValueType.String => v.GetValueKind() == JsonValueKind.String,
            ValueType.Date => v.GetValueKind() == JsonValueKind.String && Iso.TryParseDate(v.GetValue<string>(), out _),
            _ => v.GetValueKind() == JsonValueKind.String && Iso.TryParsePeriod(v.GetValue<string>(), out _),
        };
    }

    private static bool IsInteger(JsonValue v) =>
        v.GetValueKind() == JsonValueKind.Number && JsonNumber.ToDouble(v) is var d && Math.Abs(d % 1) < double.Epsilon && Math.Abs(d) < 9e15;

    /// <summary>Compares a typed value with a bound; null when the bound is not comparable (reported elsewhere).</summary>
    private static int? Compare(ValueType type, JsonNode value, JsonNode bound)
    {
        if (bound is not JsonValue b)
        {
            return null;
        }

        switch (type)
        {
            case ValueType.Integer or ValueType.Number or ValueType.Year when b.GetValueKind() == JsonValueKind.Number:
                return JsonNumber.ToDouble(value.AsValue()).CompareTo(JsonNumber.ToDouble(b));
            case ValueType.Date when b.GetValueKind() == JsonValueKind.String && Iso.TryParseDate(b.GetValue<string>(), out var max)
                && Iso.TryParseDate(value.GetValue<string>(), out var date):
                return date.CompareTo(max);
            default:
                return null;
        }
    }

    private static bool MatchesPattern(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException)
        {
            // An invalid pattern is reported on the pattern itself; it does not also fail every value.
            return true;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 60 ? string.Concat(text.AsSpan(0, 57), "...") : text;
    }

    public static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
