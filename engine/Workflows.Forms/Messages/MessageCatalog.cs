using System.Text.Json;

namespace Workflows.Forms.Messages;

/// <summary>
/// The generated zh-CN / en messages, naming the constraint value read from the schema object that failed. When that
/// object is unknown the message is still true, only less specific.
/// </summary>
internal static class MessageCatalog
{
    private const int MaxListed = 10;

    private static readonly Dictionary<string, (string Zh, string En)> TypeNames = new(StringComparer.Ordinal)
    {
        ["string"] = ("文本", "text"),
        ["number"] = ("数字", "a number"),
        ["integer"] = ("整数", "a whole number"),
        ["boolean"] = ("是或否（布尔值）", "true or false"),
        ["object"] = ("对象", "an object"),
        ["array"] = ("列表", "a list"),
        ["null"] = ("空值", "null"),
    };

    public static Bilingual Required => new("请填写此项", "This field is required");

    public static Bilingual Invalid => new("此项的值无效", "This value is not valid");

    public static Bilingual Unvalidatable => new("无法校验此数据", "The data could not be validated");

    public static Bilingual TooDeep => new(
        $"嵌套过深（超过 {Documents.DocumentConversion.MaxDepth} 层）",
        $"Nested too deeply (more than {Documents.DocumentConversion.MaxDepth} levels)");

    public static Bilingual NumberOutOfRange => new(
        "数值超出可处理的范围（绝对值应小于 7.9×10²⁸，小数不超过 28 位）",
        "The number is outside the range that can be processed (magnitude below 7.9×10²⁸, at most 28 decimal places)");

    public static Bilingual NotJson => new("不是有效的 JSON 数据", "This is not valid JSON data");

    public static Bilingual NotAllowedField => new("不允许填写此项", "This field is not allowed");

    public static Bilingual NotAllowedItem => new("不允许有此项", "This item is not allowed");

    public static Bilingual NotAllowedValue => new("此值不被允许", "This value is not allowed");

    public static Bilingual NoAlternative => new("不符合任何一种允许的形式", "Does not match any of the allowed forms");

    public static Bilingual SeveralAlternatives => new(
        "只能符合一种允许的形式，但同时符合了多种", "Must match exactly one of the allowed forms, but matches several");

    public static Bilingual DependentRequired(string trigger) =>
        new($"填写了“{trigger}”时，此项必填", $"This field is required when “{trigger}” is filled in");

    public static Bilingual Type(JsonElement? schema)
    {
        var types = new List<string>();
        if (schema is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String) types.Add(type.GetString()!);
            else if (type.ValueKind == JsonValueKind.Array)
            {
                types.AddRange(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
            }
        }

        return Type(types);
    }

    public static Bilingual Type(IReadOnlyCollection<string> types)
    {
        if (types.Count == 0) return new("类型不正确", "Has the wrong type");
        var names = types.Distinct(StringComparer.Ordinal)
            .Select(t => TypeNames.TryGetValue(t, out var name) ? name : (Zh: t, En: t))
            .ToList();
        return new("应为" + string.Join("或", names.Select(n => n.Zh)), "Must be " + string.Join(" or ", names.Select(n => n.En)));
    }

    public static Bilingual Format(JsonElement? schema) =>
        FormatMessages.For(schema is { ValueKind: JsonValueKind.Object } element
                           && element.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String
            ? format.GetString()
            : null);

    /// <summary>
    /// Lists the allowed values. Option labels come from the <c>x-enumLabels</c> annotation beside <c>enum</c>: an
    /// array parallel to <c>enum</c>, or an object keyed by the value, each label a string or <c>{"zh", "en"}</c>.
    /// </summary>
    public static Bilingual Enum(JsonElement? schema)
    {
        if (schema is not { ValueKind: JsonValueKind.Object } element
            || !element.TryGetProperty("enum", out var values) || values.ValueKind != JsonValueKind.Array)
        {
            return new("不是允许的选项", "Is not one of the allowed values");
        }

        element.TryGetProperty("x-enumLabels", out var labels);
        var zh = new List<string>();
        var en = new List<string>();
        var index = 0;
        foreach (var value in values.EnumerateArray())
        {
            if (index == MaxListed) break;
            var label = LabelOf(labels, value, index);
            zh.Add(label.Zh);
            en.Add(label.En);
            index++;
        }

        var total = values.GetArrayLength();
        var more = total > MaxListed;
        return new(
            "必须是以下之一：" + string.Join("、", zh) + (more ? $" 等 {total} 项" : ""),
            "Must be one of: " + string.Join(", ", en) + (more ? $" … ({total} in all)" : ""));
    }

    public static Bilingual Const(JsonElement? schema) =>
        schema is { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("const", out var value)
            ? new($"必须为 {ValueText.Of(value)}", $"Must be {ValueText.Of(value)}")
            : new("不是允许的值", "Is not the allowed value");

    public static Bilingual Minimum(JsonElement? schema) =>
        ValueText.Number(schema, "minimum") is { } limit ? new($"不能小于 {limit}", $"Must be at least {limit}") : new("数值太小", "Is too small");

    public static Bilingual Maximum(JsonElement? schema) =>
        ValueText.Number(schema, "maximum") is { } limit ? new($"不能大于 {limit}", $"Must be at most {limit}") : new("数值太大", "Is too large");

    public static Bilingual ExclusiveMinimum(JsonElement? schema) =>
        ValueText.Number(schema, "exclusiveMinimum") is { } limit
            ? new($"必须大于 {limit}", $"Must be greater than {limit}")
            : new("数值太小", "Is too small");

    public static Bilingual ExclusiveMaximum(JsonElement? schema) =>
        ValueText.Number(schema, "exclusiveMaximum") is { } limit
            ? new($"必须小于 {limit}", $"Must be less than {limit}")
            : new("数值太大", "Is too large");

    public static Bilingual MultipleOf(JsonElement? schema) =>
        ValueText.Number(schema, "multipleOf") is { } step
            ? new($"必须是 {step} 的整数倍", $"Must be a multiple of {step}")
            : new("数值的精度不符合要求", "Does not have the required precision");

    public static Bilingual MinLength(JsonElement? schema) =>
        ValueText.Number(schema, "minLength") is { } limit
            ? new($"至少需要 {limit} 个字符", $"Must be at least {limit} {Plural(limit, "character", "characters")} long")
            : new("内容太短", "Is too short");

    public static Bilingual MaxLength(JsonElement? schema) =>
        ValueText.Number(schema, "maxLength") is { } limit
            ? new($"不能超过 {limit} 个字符", $"Must be at most {limit} {Plural(limit, "character", "characters")} long")
            : new("内容太长", "Is too long");

    public static Bilingual Pattern(JsonElement? schema) =>
        schema is { ValueKind: JsonValueKind.Object } element
        && element.TryGetProperty("pattern", out var pattern) && pattern.ValueKind == JsonValueKind.String
            ? new($"格式不正确，应符合规则 {pattern.GetString()}", $"Must match the pattern {pattern.GetString()}")
            : new("格式不正确", "Has the wrong format");

    public static Bilingual MinItems(JsonElement? schema) =>
        ValueText.Number(schema, "minItems") is { } limit
            ? new($"至少需要 {limit} 项", ValueText.IsOne(limit) ? "At least 1 item is required" : $"At least {limit} items are required")
            : new("项数太少", "Has too few items");

    public static Bilingual MaxItems(JsonElement? schema) =>
        ValueText.Number(schema, "maxItems") is { } limit
            ? new($"最多只能有 {limit} 项", ValueText.IsOne(limit) ? "At most 1 item is allowed" : $"At most {limit} items are allowed")
            : new("项数太多", "Has too many items");

    public static Bilingual MinProperties(JsonElement? schema) =>
        ValueText.Number(schema, "minProperties") is { } limit
            ? new($"至少需要填写 {limit} 项", ValueText.IsOne(limit) ? "At least 1 field is required" : $"At least {limit} fields are required")
            : new("填写的项太少", "Has too few fields");

    public static Bilingual MaxProperties(JsonElement? schema) =>
        ValueText.Number(schema, "maxProperties") is { } limit
            ? new($"最多只能填写 {limit} 项", ValueText.IsOne(limit) ? "At most 1 field is allowed" : $"At most {limit} fields are allowed")
            : new("填写的项太多", "Has too many fields");

    public static Bilingual UniqueItems(int? first, int? second) =>
        first is { } a && second is { } b
            ? new($"不能有重复项：第 {a + 1} 项与第 {b + 1} 项相同", $"Items must be unique: items {a + 1} and {b + 1} are the same")
            : new("不能有重复项", "Items must be unique");

    public static Bilingual Contains(JsonElement? schema, int matching)
    {
        var min = ValueText.Number(schema, "minContains") ?? "1";
        var max = ValueText.Number(schema, "maxContains");
        if (max is not null && decimal.TryParse(max, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var limit)
            && matching > limit)
        {
            return new($"最多只能有 {max} 项符合要求", ValueText.IsOne(max) ? "At most 1 item may match" : $"At most {max} items may match");
        }

        return ValueText.IsOne(min)
            ? new("至少需要有一项符合要求", "At least one item must match")
            : new($"至少需要有 {min} 项符合要求", $"At least {min} items must match");
    }

    private static string Plural(string count, string one, string many) => ValueText.IsOne(count) ? one : many;

    private static Bilingual LabelOf(JsonElement labels, JsonElement value, int index)
    {
        var fallback = ValueText.Of(value);
        JsonElement label = default;
        var found = labels.ValueKind switch
        {
            JsonValueKind.Array when index < labels.GetArrayLength() => (label = labels[index]).ValueKind != JsonValueKind.Undefined,
            JsonValueKind.Object when value.ValueKind == JsonValueKind.String => labels.TryGetProperty(value.GetString()!, out label),
            _ => false,
        };
        if (!found) return new(fallback, fallback);
        if (label.ValueKind == JsonValueKind.String) return new(label.GetString()!, label.GetString()!);
        if (label.ValueKind != JsonValueKind.Object) return new(fallback, fallback);
        var zh = label.TryGetProperty("zh", out var z) && z.ValueKind == JsonValueKind.String ? z.GetString()! : null;
        var en = label.TryGetProperty("en", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString()! : null;
        return new(zh ?? en ?? fallback, en ?? fallback);
    }
}
