using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Forms.Documents;
using Workflows.Forms.Schemas;

namespace Workflows.Forms.Fields;

/// <summary>
/// The data paths a schema declares, read statically from the schema: members named in <c>properties</c>,
/// <c>required</c>, <c>dependentRequired</c> or <c>dependentSchemas</c>, or matched by <c>patternProperties</c> or an
/// <c>additionalProperties</c> subschema, looking through <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>,
/// <c>if</c>/<c>then</c>/<c>else</c>, <c>dependentSchemas</c> and references; array items are <c>*</c> (or an index).
/// </summary>
internal sealed class FieldMap
{
    private const int MaxCachedAnswers = 4096;
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);
    private static readonly string[] Branches = ["if", "then", "else"];
    private static readonly string[] Alternatives = ["allOf", "anyOf", "oneOf"];

    private readonly SchemaDocument document;
    private readonly ConcurrentDictionary<string, bool> answers = new(StringComparer.Ordinal);

    public FieldMap(SchemaDocument document)
    {
        this.document = document;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shape in Expand([document.Root]))
        {
            foreach (var name in DeclaredNames(shape.Element)) names.Add(name);
        }

        TopLevelFields = names.ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> TopLevelFields { get; }

    public bool HasField(string? pointer)
    {
        if (pointer is null) return false;
        if (answers.TryGetValue(pointer, out var known)) return known;
        var answer = Walk(pointer);
        if (answers.Count >= MaxCachedAnswers) answers.Clear();
        answers[pointer] = answer;
        return answer;
    }

    private bool Walk(string pointer)
    {
        if (!PointerText.TrySplit(pointer, out var segments)) return false;
        var current = Expand([document.Root]);
        for (var i = 0; i < segments.Count; i++)
        {
            var next = new List<SchemaRef>();
            var declared = false;
            foreach (var shape in current)
            {
                declared |= Step(shape, segments[i], next);
            }

            if (!declared) return false;
            if (next.Count == 0) return i == segments.Count - 1; // declared, but nothing is known below it
            current = Expand(next);
        }

        return true;
    }

    /// <summary>Follows one segment from one schema; true when the schema declares that member or item.</summary>
    private static bool Step(SchemaRef shape, string segment, List<SchemaRef> next)
    {
        if (shape.Element.ValueKind != JsonValueKind.Object) return false;
        var declared = false;
        var isIndex = segment == "*" || int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        if (isIndex)
        {
            foreach (var keyword in (ReadOnlySpan<string>)["items", "contains", "unevaluatedItems", "additionalItems"])
            {
                if (shape.TryGet(keyword, out var items) && items.ValueKind == JsonValueKind.Object)
                {
                    next.Add(shape.Child(items, keyword));
                    declared = true;
                }
            }

            if (shape.TryGet("prefixItems", out var prefix) && prefix.ValueKind == JsonValueKind.Array)
            {
                var position = 0;
                foreach (var item in prefix.EnumerateArray())
                {
                    var wanted = segment == "*" || segment == position.ToString(CultureInfo.InvariantCulture);
                    if (wanted && item.ValueKind == JsonValueKind.Object) next.Add(shape.Child(item, "prefixItems", position.ToString(CultureInfo.InvariantCulture)));
                    declared |= wanted;
                    position++;
                }
            }
        }

        if (shape.TryGet("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty(segment, out var property))
        {
            if (property.ValueKind != JsonValueKind.False)
            {
                next.Add(shape.Child(property, "properties", segment));
                declared = true;
            }
        }

        if (shape.TryGet("patternProperties", out var patterns) && patterns.ValueKind == JsonValueKind.Object)
        {
            foreach (var pattern in patterns.EnumerateObject())
            {
                if (pattern.Value.ValueKind == JsonValueKind.False || !Matches(pattern.Name, segment)) continue;
                next.Add(shape.Child(pattern.Value, "patternProperties", pattern.Name));
                declared = true;
            }
        }

        if (!declared && !isIndex && shape.TryGet("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.Object)
        {
            next.Add(shape.Child(additional, "additionalProperties"));
            declared = true;
        }

        return declared || (!isIndex && DeclaredNames(shape.Element).Contains(segment));
    }

    /// <summary>The schemas plus every schema they pull in at the same instance (combinators, conditionals, refs).</summary>
    private List<SchemaRef> Expand(IEnumerable<SchemaRef> start)
    {
        var result = new List<SchemaRef>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<SchemaRef>(start);
        while (stack.Count > 0 && result.Count < 10_000)
        {
            var shape = stack.Pop();
            if (!visited.Add(shape.Key)) continue;
            result.Add(shape);
            if (shape.Element.ValueKind != JsonValueKind.Object) continue;
            foreach (var keyword in Alternatives)
            {
                if (!shape.TryGet(keyword, out var list) || list.ValueKind != JsonValueKind.Array) continue;
                var index = 0;
                foreach (var item in list.EnumerateArray())
                {
                    stack.Push(shape.Child(item, keyword, index.ToString(CultureInfo.InvariantCulture)));
                    index++;
                }
            }

            foreach (var keyword in Branches)
            {
                if (shape.TryGet(keyword, out var branch) && branch.ValueKind == JsonValueKind.Object) stack.Push(shape.Child(branch, keyword));
            }

            if (shape.TryGet("dependentSchemas", out var dependents) && dependents.ValueKind == JsonValueKind.Object)
            {
                foreach (var dependent in dependents.EnumerateObject()) stack.Push(shape.Child(dependent.Value, "dependentSchemas", dependent.Name));
            }

            foreach (var keyword in (ReadOnlySpan<string>)["$ref", "$dynamicRef"])
            {
                if (shape.TryGet(keyword, out var reference) && reference.ValueKind == JsonValueKind.String
                    && document.ResolveReference(shape, reference.GetString()!) is { } target)
                {
                    stack.Push(target);
                }
            }
        }

        return result;
    }

    private static HashSet<string> DeclaredNames(JsonElement schema)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (schema.ValueKind != JsonValueKind.Object) return names;
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.False) names.Add(property.Name);
            }
        }

        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            names.UnionWith(required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!));
        }

        if (schema.TryGetProperty("dependentRequired", out var dependentRequired) && dependentRequired.ValueKind == JsonValueKind.Object)
        {
            foreach (var dependency in dependentRequired.EnumerateObject())
            {
                names.Add(dependency.Name);
                if (dependency.Value.ValueKind != JsonValueKind.Array) continue;
                names.UnionWith(dependency.Value.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!));
            }
        }

        if (schema.TryGetProperty("dependentSchemas", out var dependentSchemas) && dependentSchemas.ValueKind == JsonValueKind.Object)
        {
            foreach (var dependency in dependentSchemas.EnumerateObject()) names.Add(dependency.Name);
        }

        return names;
    }

    private static bool Matches(string pattern, string name)
    {
        try
        {
            return Regex.IsMatch(name, pattern, RegexOptions.None, PatternTimeout);
        }
        catch (Exception exception) when (exception is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
