using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Forms;
using Workflows.Model.Diagnostics;

namespace Workflows.Model.Reading;

/// <summary>The first two steps of reading any language document: JSON syntax and its published schema.</summary>
public static class JsonDocumentReader
{
    /// <summary>Documents larger than this are refused before parsing.</summary>
    public const int MaxDocumentChars = 8 * 1024 * 1024;

    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 128, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    public static JsonObject? Parse(string text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (text.Length > MaxDocumentChars)
        {
            diagnostics.Add("", "json.tooLarge", $"文档过大（{text.Length} 字符，上限 {MaxDocumentChars}）", $"The document is too large ({text.Length} characters; the limit is {MaxDocumentChars})");
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: ParseOptions);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            diagnostics.Add("", "json.syntax", $"JSON 语法错误（第 {line} 行第 {column} 列）", $"JSON syntax error at line {line}, column {column}: {e.Message}");
            return null;
        }

        if (node is not JsonObject obj)
        {
            diagnostics.Add("", "json.notObject", "文档必须是一个 JSON 对象", "The document must be a JSON object");
            return null;
        }

        return obj;
    }

    /// <summary>Checks a document against a language schema; returns whether it conforms.</summary>
    public static bool CheckSchema(JsonObject document, FormSchema schema, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = schema.Validate(document);
        foreach (var e in errors)
        {
            var code = e.Code.StartsWith("form.", StringComparison.Ordinal) ? "schema." + e.Code["form.".Length..] : e.Code;
            diagnostics.Add(e.Pointer, code, e.MessageZh, e.MessageEn);
        }

        return errors.Count == 0;
    }

    public static T? Deserialize<T>(JsonObject document)
        where T : class
    {
        try
        {
            var wire = document.Deserialize<T>(WireJson.Options);
            WireSanitizer.Clean(wire);
            return wire;
        }
        catch (JsonException)
        {
            // A member of the wrong JSON type; the schema has already said where.
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
