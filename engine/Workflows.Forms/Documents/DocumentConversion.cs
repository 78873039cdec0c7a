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
    public const int MaxDepth = 128;

    private static readonly JsonWriterOptions WriterOptions = new() { MaxDepth = MaxDepth, SkipValidation = false };
    private static readonly JsonDocumentOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    public static bool TryToElement(JsonNode? node, out JsonElement element, out ConversionProblem problem)
    {
        element = default;
        problem = ConversionProblem.None;
        if (!IsShallowEnough(node))
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

    /// <summary>An iterative depth check: the tree may be arbitrarily deep, the check never recurses.</summary>
    private static bool IsShallowEnough(JsonNode? root)
    {
        if (root is null) return true;
        var stack = new Stack<(JsonNode Node, int Depth)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > MaxDepth) return false;
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

        return true;
    }
}
