using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Forms.Documents;

/// <summary>
/// Turns caller-owned <see cref="JsonNode"/> trees into immutable <see cref="JsonElement"/>s (safe to read from any
/// thread) and rejects documents that are nested too deeply or cannot be written as JSON (NaN, infinities).
/// </summary>
internal static class DocumentConversion
{
    /// <summary>Deeper documents are refused before any recursive processing, so nothing can overflow the stack.</summary>
    public const int MaxDepth = 64;

    private static readonly JsonWriterOptions WriterOptions = new() { MaxDepth = MaxDepth, SkipValidation = false };
    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    public static bool TryToElement(JsonNode? node, out JsonElement element, out ConversionProblem problem)
    {
        element = default;
        problem = ConversionProblem.None;
        if (DepthOf(node) > MaxDepth)
        {
            problem = ConversionProblem.TooDeep;
            return false;
        }

        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                if (node is null) writer.WriteNullValue();
                else node.WriteTo(writer);
            }

            using var document = JsonDocument.Parse(buffer.ToArray(), ReaderOptions);
            element = document.RootElement.Clone();
            return true;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException
                                              or NotSupportedException or FormatException)
        {
            problem = ConversionProblem.NotJson;
            return false;
        }
    }

    /// <summary>
    /// The nesting depth of a tree (a scalar is 1, <c>[[1]]</c> is 3), counted iteratively so that any depth can be
    /// measured; counting stops a little past <see cref="MaxDepth"/>.
    /// </summary>
    public static int DepthOf(JsonNode? root)
    {
        if (root is null) return 1;
        var deepest = 0;
        var stack = new Stack<(JsonNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            if (depth > MaxDepth) return depth;
            switch (node)
            {
                case JsonObject obj:
                    foreach (var member in obj)
                    {
                        if (member.Value is not null) stack.Push((member.Value, depth + 1));
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null) stack.Push((item, depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }

    /// <inheritdoc cref="DepthOf(JsonNode?)"/>
    public static int DepthOf(JsonElement root)
    {
        var deepest = 0;
        var stack = new Stack<(JsonElement Element, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            if (depth > MaxDepth) return depth;
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var member in element.EnumerateObject()) stack.Push((member.Value, depth + 1));
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray()) stack.Push((item, depth + 1));
            }
        }

        return deepest;
    }
}
