using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;
using Workflows.Model.Wire;
using ValueType = Workflows.Model.Definitions.ValueType;

namespace Workflows.Model.Validation;

/// <summary>What the binders share while turning one wire document into a model: the document, the errors so far, and the lookups.</summary>
internal sealed class BindingContext(ProgrammeV1 wire, DiagnosticBag diagnostics)
{
    public ProgrammeV1 Wire { get; } = wire;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Parameters whose declaration is sound, with their effective values.</summary>
    public Dictionary<string, Parameter> Parameters { get; } = [];

    public Dictionary<string, TaskTemplateV1> TaskWires => Wire.Tasks ?? [];

    public void Error(string pointer, string code, string zh, string en) => Diagnostics.Add(pointer, code, zh, en);

    /// <summary>Reports a dangling reference; returns whether <paramref name="id"/> resolves.</summary>
    public bool Resolve<T>(string? id, IReadOnlyDictionary<string, T>? map, string pointer, ReferenceKind kind)
    {
        if (id is null)
        {
            return false;
        }

        if (map is not null && map.ContainsKey(id))
        {
            return true;
        }

        var known = map is null || map.Count == 0 ? "" : string.Join(", ", map.Keys.Take(12));
        Error(
            pointer,
            "ref." + kind.Code,
            $"未定义的{kind.Zh}“{id}”" + (known.Length > 0 ? $"（已定义：{known}）" : ""),
            $"Unknown {kind.En} '{id}'" + (known.Length > 0 ? $" (defined: {known})" : ""));
        return false;
    }

    /// <summary>The roles of a unit type, or null when the type is unknown.</summary>
    public IReadOnlyDictionary<string, RoleV1>? RolesOf(string? unitType) =>
        unitType is not null && Wire.UnitTypes?.GetValueOrDefault(unitType) is { } t ? t.Roles ?? [] : null;

    /// <summary>Resolves a DurationRef: an ISO 8601 period, or <c>{"param": name}</c> naming a duration parameter.</summary>
    public Period? ResolvePeriod(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                if (Iso.TryParsePeriod(text, out var period))
                {
                    return period;
                }

                Error(pointer, "duration.invalid", $"时长“{text}”不是 ISO 8601 格式（如 P3Y、P1M、P30D）", $"'{text}' is not an ISO 8601 duration (e.g. P3Y, P1M, P30D)");
                return null;
            case JsonObject o when o["param"] is JsonValue p && p.GetValueKind() == JsonValueKind.String:
                var name = p.GetValue<string>();
                if (!Resolve(name, Wire.Parameters, Pointer.Append(pointer, "param"), ReferenceKind.Parameter) || !Parameters.TryGetValue(name, out var parameter))
                {
                    return null;
                }

                if (parameter.Type == ValueType.Duration && Iso.TryParsePeriod(parameter.Value?.GetValue<string>(), out var value))
                {
                    return value;
                }

                Error(Pointer.Append(pointer, "param"), "duration.paramType", $"参数“{name}”用作时长，必须是 duration 类型", $"Parameter '{name}' is used as a duration, so it must be of type duration");
                return null;
            default:
                return null;
        }
    }

    /// <summary>Resolves a DateRef: a literal date, or a date/year parameter with an optional offset or month/day.</summary>
    public LocalDate? ResolveDate(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                var text = v.GetValue<string>();
                if (Iso.TryParseDate(text, out var date))
                {
                    return date;
                }

                Error(pointer, "date.invalid", $"“{text}”不是有效日期（YYYY-MM-DD）", $"'{text}' is not a valid date (YYYY-MM-DD)");
                return null;
            case JsonObject o when o["param"] is JsonValue p && p.GetValueKind() == JsonValueKind.String:
                return ResolveParameterDate(o, p.GetValue<string>(), pointer);
            default:
                // The schema reports the shape; nothing more to say here.
                return null;
        }
    }

    private LocalDate? ResolveParameterDate(JsonObject reference, string name, string pointer)
    {
        if (!Resolve(name, Wire.Parameters, Pointer.Append(pointer, "param"), ReferenceKind.Parameter) || !Parameters.TryGetValue(name, out var parameter))
        {
            return null;
        }

        LocalDate date;
        if (parameter.Type == ValueType.Date && Iso.TryParseDate(parameter.Value?.GetValue<string>(), out var d))
        {
            date = d;
        }
        else if (parameter.Type == ValueType.Year && parameter.Value is JsonValue y)
        {
            var month = reference["month"] is JsonValue m && m.TryGetValue<int>(out var mm) ? mm : 1;
            var day = reference["day"] is JsonValue dd && dd.TryGetValue<int>(out var dv) ? dv : 1;
            try
            {
                date = new LocalDate((int)JsonNumber.ToDouble(y), month, day);
            }
            catch (ArgumentOutOfRangeException)
            {
                Error(pointer, "date.invalid", $"{y}-{month}-{day} 不是有效日期", $"{y}-{month}-{day} is not a valid date");
                return null;
            }
        }
        else
        {
            Error(Pointer.Append(pointer, "param"), "date.paramType", $"参数“{name}”用作日期，必须是 date 或 year 类型", $"Parameter '{name}' is used as a date, so it must be of type date or year");
            return null;
        }

        if (reference["offset"] is { } offset)
        {
            var period = ResolvePeriod(offset, Pointer.Append(pointer, "offset"));
            return period is null ? null : date.Plus(period);
        }

        return date;
    }

    /// <summary>Resolves a ValueRef: a number, or a numeric parameter.</summary>
    public double? ResolveNumber(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return JsonNumber.ToDouble(v);
            case JsonObject o when o["param"] is JsonValue p && p.GetValueKind() == JsonValueKind.String:
                var name = p.GetValue<string>();
                if (!Resolve(name, Wire.Parameters, Pointer.Append(pointer, "param"), ReferenceKind.Parameter) || !Parameters.TryGetValue(name, out var parameter))
                {
                    return null;
                }

                if (parameter.Value is JsonValue pv && pv.GetValueKind() == JsonValueKind.Number)
                {
                    return JsonNumber.ToDouble(pv);
                }

                Error(Pointer.Append(pointer, "param"), "value.paramType", $"参数“{name}”用作数值，必须是数字类型", $"Parameter '{name}' is used as a number, so it must be numeric");
                return null;
            default:
                return null;
        }
    }

    public static Text TextOf(TextV1? text) => text is null ? Text.Empty : new Text(text.Zh ?? "", text.En);
}
