using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using ValueType = Workflows.Model.Definitions.ValueType;

namespace Workflows.Model.Validation;

/// <summary>Checks parameter declarations and their (effective) values, and builds <c>params</c> as rules see it.</summary>
internal static class ParameterBinder
{
    public static (FrozenDictionary<string, Parameter> Parameters, JsonObject Values) Bind(BindingContext ctx)
    {
        var values = new JsonObject();
        foreach (var (id, wire) in ctx.Wire.Parameters ?? [])
        {
            var at = Pointer.Of("parameters", id);
            if (!ValueChecker.TryParseType(wire.Type, out var type))
            {
                continue; // the schema names the allowed types
            }

            CheckBound(ctx, type, wire.Minimum, Pointer.Append(at, "minimum"));
            CheckBound(ctx, type, wire.Maximum, Pointer.Append(at, "maximum"));
            if (wire.Pattern is not null && !IsRegex(wire.Pattern))
            {
                ctx.Error(Pointer.Append(at, "pattern"), "parameter.pattern", $"“{wire.Pattern}”不是有效的正则表达式", $"'{wire.Pattern}' is not a valid regular expression");
            }

            if (wire.Default is null)
            {
                ctx.Error(at, "parameter.missing", $"参数“{id}”没有值：请给出 default，或在采用方案中设定", $"Parameter '{id}' has no value: give a default or set it in an adoption");
                continue;
            }

            var problem = ValueChecker.Check(type, wire.Default, wire.Minimum, wire.Maximum, wire.Enum, wire.Pattern);
            if (problem is not null)
            {
                ctx.Error(Pointer.Append(at, "default"), "parameter.default." + problem.CodeSuffix, $"参数“{id}”的值：{problem.MessageZh}", $"Value of parameter '{id}': {problem.MessageEn}");
                continue;
            }

            var parameter = new Parameter(id, type, wire.Default.DeepClone(), BindingContext.TextOf(wire.Label), wire.Unit);
            ctx.Parameters[id] = parameter;
            values[id] = wire.Default.DeepClone();
        }

        return (ctx.Parameters.ToFrozenDictionary(), values);
    }

    private static void CheckBound(BindingContext ctx, ValueType type, JsonNode? bound, string pointer)
    {
        if (bound is null)
        {
            return;
        }

        var fits = type switch
        {
            ValueType.Integer or ValueType.Number or ValueType.Year => bound.GetValueKind() == JsonValueKind.Number,
            ValueType.Date => ValueChecker.HasType(ValueType.Date, bound),
            _ => false,
        };
        if (!fits)
        {
            ctx.Error(pointer, "parameter.bound", $"{ValueChecker.TypeName(type)} 类型参数的界限不能是 {ValueChecker.Show(bound)}", $"A bound of {ValueChecker.Show(bound)} does not apply to a {ValueChecker.TypeName(type)} parameter");
        }
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
