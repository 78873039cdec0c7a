using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Workflows.Scripting.Errors;

namespace Workflows.Scripting.Conversion;

/// <summary>
/// Turns a rule's result into JSON without running any more script: it reads own data properties only and accepts
/// plain objects, arrays and dates. A getter, a proxy trap or a <c>toJSON</c> method would run JavaScript here, after
/// the sandbox's limits have stopped counting, so those are refused instead of called.
/// </summary>
internal static class JsToJson
{
    private const int MaxDepth = 64;
    private const int MaxNodes = 100_000;
    private const double MaxSafeInteger = 9_007_199_254_740_991;

    public static bool TryConvert(JsValue value, out JsonNode? result, out RuleError? error)
    {
        var budget = MaxNodes;
        var path = new List<string>();
        var problem = Convert(value, 0, ref budget, path, out result);
        if (problem is { } p)
        {
            error = RuleErrors.Result(p, string.Concat(path));
            result = null;
            return false;
        }

        error = null;
        return true;
    }

    private static ResultProblem? Convert(JsValue value, int depth, ref int budget, List<string> path, out JsonNode? result)
    {
        result = null;
        if (--budget < 0 || depth > MaxDepth)
        {
            return ResultProblem.TooLarge;
        }

        switch (value.Type)
        {
            case Types.Undefined:
            case Types.Null:
            case Types.Empty:
                return null;
            case Types.Boolean:
                result = JsonValue.Create(value.AsBoolean());
                return null;
            case Types.String:
                result = JsonValue.Create(value.AsString());
                return null;
            case Types.Number:
                return Number(value.AsNumber(), out result);
            case Types.BigInt:
                return ResultProblem.BigInt;
            case Types.Symbol:
                return ResultProblem.Symbol;
        }

        if (value.IsCallable())
        {
            return ResultProblem.Function;
        }

        switch (value)
        {
            case JsDate date:
                {
                    var ms = date.DateValue;
                    if (double.IsNaN(ms))
                    {
                        return ResultProblem.InvalidDate;
                    }

                    result = JsonValue.Create(DateTimeOffset.FromUnixTimeMilliseconds((long)ms)
                        .ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                    return null;
                }

            case JsArray array when array.GetType() == typeof(JsArray):
                return Array(array, depth, ref budget, path, out result);
            case JsObject obj when obj.GetType() == typeof(JsObject):
                return Object(obj, depth, ref budget, path, out result);
            default:
                return ResultProblem.UnsupportedObject;
        }
    }

    private static ResultProblem? Number(double number, out JsonNode? result)
    {
        result = null;
        if (!double.IsFinite(number))
        {
            return ResultProblem.NotFinite;
        }

        // JavaScript has one number type; a value with no fraction goes back as a JSON integer so 3 stays 3, not 3.0.
        result = number == Math.Floor(number) && Math.Abs(number) <= MaxSafeInteger
            ? JsonValue.Create((long)number)
            : JsonValue.Create(number);
        return null;
    }

    private static ResultProblem? Array(JsArray array, int depth, ref int budget, List<string> path, out JsonNode? result)
    {
        result = null;
        var length = array.Length;
        if (length > budget)
        {
            return ResultProblem.TooLarge;
        }

        var items = new JsonArray();
        for (uint i = 0; i < length; i++)
        {
            var descriptor = array.GetOwnProperty(i);
            JsonNode? item = null;
            if (descriptor != PropertyDescriptor.Undefined)
            {
                if (descriptor.IsAccessorDescriptor())
                {
                    path.Add($"[{i.ToString(CultureInfo.InvariantCulture)}]");
                    return ResultProblem.Accessor;
                }

                path.Add($"[{i.ToString(CultureInfo.InvariantCulture)}]");
                if (Convert(descriptor.Value, depth + 1, ref budget, path, out item) is { } problem)
                {
                    return problem;
                }

                path.RemoveAt(path.Count - 1);
            }

            items.Add(item);
        }

        result = items;
        return null;
    }

    private static ResultProblem? Object(ObjectInstance obj, int depth, ref int budget, List<string> path, out JsonNode? result)
    {
        result = null;
        var members = new JsonObject();
        foreach (var key in obj.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = obj.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable)
            {
                continue;
            }

            var name = key.AsString();
            path.Add("." + name);
            if (descriptor.IsAccessorDescriptor())
            {
                return ResultProblem.Accessor;
            }

            if (Convert(descriptor.Value, depth + 1, ref budget, path, out var member) is { } problem)
            {
                return problem;
            }

            path.RemoveAt(path.Count - 1);
            members[name] = member;
        }

        result = members;
        return null;
    }
}
