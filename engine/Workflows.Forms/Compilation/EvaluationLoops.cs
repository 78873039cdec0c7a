using System.Text.Json;
using Workflows.Forms.Documents;
using Workflows.Forms.Messages;
using Workflows.Forms.Schemas;

namespace Workflows.Forms.Compilation;

/// <summary>
/// Finds what would make evaluation recurse without end or too deep: a cycle of subschemas applied to the same
/// value (<c>{"anyOf": [{"$ref": "#"}]}</c>), or an over-long chain of them. JsonSchema.Net 8.0.5 follows such a cycle
/// until the stack overflows, which no <c>catch</c> can stop, so these schemas are refused at compilation.
/// Applicators that step into a member or item (<c>properties</c>, <c>items</c> …) are not links of such a chain:
/// they consume a level of the data, whose depth is bounded.
/// </summary>
internal static class EvaluationLoops
{
    /// <summary>The longest chain of same-value subschemas accepted (refs through allOf, anyOf … then refs …).</summary>
    public const int MaxInPlaceChain = 32;

    private static readonly string[] Alternatives = ["allOf", "anyOf", "oneOf"];
    private static readonly string[] Branches = ["not", "if", "then", "else"];
    private static readonly string[] References = ["$ref", "$dynamicRef"];

    /// <summary>Loop and chain errors (empty when evaluation is bounded) and the longest same-value chain.</summary>
    public static (List<FieldError> Errors, int Height) Check(SchemaDocument document)
    {
        var pointers = Enumerate(document, out var starts);
        var errors = new List<FieldError>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path; true: done
        var height = new Dictionary<string, int>(StringComparer.Ordinal);
        var highest = 0;
        foreach (var start in starts)
        {
            if (state.ContainsKey(start.Key)) continue;
            var path = new Stack<Frame>();
            path.Push(new Frame(start, Successors(document, start)));
            state[start.Key] = false;
            while (path.Count > 0)
            {
                var frame = path.Peek();
                if (frame.Next < frame.Successors.Count)
                {
                    var (target, via) = frame.Successors[frame.Next++];
                    if (!state.TryGetValue(target.Key, out var done))
                    {
                        state[target.Key] = false;
                        path.Push(new Frame(target, Successors(document, target)) { Via = via });
                    }
                    else if (!done)
                    {
                        var at = Located(pointers, path, via);
                        if (reported.Add(at)) errors.Add(Error(at, new("引用形成了循环，校验将永无止境", "The references form a loop: evaluation would never end")));
                    }
                    else
                    {
                        frame.Height = Math.Max(frame.Height, height[target.Key] + 1);
                    }

                    continue;
                }

                path.Pop();
                state[frame.Node.Key] = true;
                height[frame.Node.Key] = frame.Height;
                highest = Math.Max(highest, frame.Height);
                if (path.Count > 0) path.Peek().Height = Math.Max(path.Peek().Height, frame.Height + 1);
                if (frame.Height > MaxInPlaceChain && pointers.TryGetValue(frame.Node.Key, out var pointer) && reported.Add(pointer))
                {
                    errors.Add(Error(pointer, new(
                        $"引用链过长（超过 {MaxInPlaceChain} 层）", $"The chain of references is too long (more than {MaxInPlaceChain} levels)")));
                }
            }
        }

        return (errors, highest);
    }

    /// <summary>Every subschema of the document with its pointer, by key.</summary>
    private static Dictionary<string, string> Enumerate(SchemaDocument document, out List<SchemaRef> all)
    {
        var pointers = new Dictionary<string, string>(StringComparer.Ordinal);
        all = [];
        var stack = new Stack<(SchemaRef Schema, string Pointer, int Depth)>();
        stack.Push((document.Root, "", 0));
        while (stack.Count > 0)
        {
            var (schema, pointer, depth) = stack.Pop();
            if (depth > DocumentConversion.MaxDepth || !pointers.TryAdd(schema.Key, pointer)) continue;
            all.Add(schema);
            foreach (var (keyword, member, subschema) in SchemaKeywords.Subschemas(schema.Element))
            {
                var child = PointerText.Append(pointer, keyword);
                if (member is not null) child = PointerText.Append(child, member);
                stack.Push((schema.Child(subschema, keyword, member), child, depth + 1));
            }
        }

        return pointers;
    }

    /// <summary>The subschemas applied to the same value as <paramref name="schema"/>, with the pointer step to each.</summary>
    private static List<(SchemaRef Target, string Via)> Successors(SchemaDocument document, SchemaRef schema)
    {
        var result = new List<(SchemaRef, string)>();
        if (schema.Element.ValueKind != JsonValueKind.Object) return result;
        foreach (var keyword in Alternatives)
        {
            if (!schema.TryGet(keyword, out var list) || list.ValueKind != JsonValueKind.Array) continue;
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var member = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                result.Add((schema.Child(item, keyword, member), "/" + keyword + "/" + member));
                index++;
            }
        }

        foreach (var keyword in Branches)
        {
            if (schema.TryGet(keyword, out var branch) && SchemaKeywords.IsSchema(branch)) result.Add((schema.Child(branch, keyword), "/" + keyword));
        }

        if (schema.TryGet("dependentSchemas", out var dependents) && dependents.ValueKind == JsonValueKind.Object)
        {
            foreach (var dependent in dependents.EnumerateObject())
            {
                result.Add((schema.Child(dependent.Value, "dependentSchemas", dependent.Name), PointerText.Append("/dependentSchemas", dependent.Name)));
            }
        }

        foreach (var keyword in References)
        {
            if (schema.TryGet(keyword, out var reference) && reference.ValueKind == JsonValueKind.String
                && document.ResolveReference(schema, reference.GetString()!) is { } target)
            {
                result.Add((target, "/" + keyword));
            }
        }

        return result;
    }

    /// <summary>
    /// Where a loop closes: the closing reference of the current schema, or, for a schema reached by reference that
    /// has no pointer of its own, the step out of the innermost schema on the path that has one.
    /// </summary>
    private static string Located(Dictionary<string, string> pointers, Stack<Frame> path, string closingStep)
    {
        Frame? inner = null;
        foreach (var frame in path)
        {
            if (pointers.TryGetValue(frame.Node.Key, out var pointer)) return pointer + (inner?.Via ?? closingStep);
            inner = frame;
        }

        return "";
    }

    private static FieldError Error(string pointer, Bilingual message) => SchemaCompiler.Error(pointer, message);

    private sealed class Frame(SchemaRef node, List<(SchemaRef Target, string Via)> successors)
    {
        public SchemaRef Node { get; } = node;

        public List<(SchemaRef Target, string Via)> Successors { get; } = successors;

        public int Next { get; set; }

        public int Height { get; set; }

        public string Via { get; init; } = "";
    }
}
