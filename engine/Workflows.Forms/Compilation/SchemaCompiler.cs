using System.Text.Json;
using Json.Schema;
using Workflows.Forms.Documents;
using Workflows.Forms.Evaluation;
using Workflows.Forms.Messages;
using Workflows.Forms.Schemas;

namespace Workflows.Forms.Compilation;

/// <summary>
/// Checks a schema against the draft 2020-12 meta-schema shipped with JsonSchema.Net (with format assertion, so a
/// broken <c>pattern</c> is caught), then builds it in a registry of its own (nothing leaks into the global one and two
/// schemas may share an <c>$id</c>).
/// </summary>
internal static class SchemaCompiler
{
    /// <summary>The base URI of schemas without an <c>$id</c> of their own.</summary>
    public static readonly Uri DefaultBaseUri = new("https://schemas.workflows.local/form.schema.json");

    private static readonly Lazy<SchemaDocument> MetaDocument = new(() =>
        new SchemaDocument(MetaSchemas.Draft202012.Root.Source, MetaSchemas.Draft202012Id, SchemaRegistry.Global));

    public static FormSchemaCompilation Compile(JsonElement element)
    {
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            return Failure("", new("应为对象或布尔值", "Must be an object or a boolean"));
        }

        var metaErrors = CheckAgainstMetaSchema(element);
        if (metaErrors.Count > 0) return new FormSchemaCompilation(null, metaErrors);

        var registry = new SchemaRegistry();
        JsonSchema built;
        try
        {
            built = JsonSchema.Build(element, new BuildOptions { SchemaRegistry = registry }, DefaultBaseUri);
        }
        catch (RefResolutionException exception)
        {
            var (pointer, reference) = FindReference(element, exception);
            return Failure(pointer, new($"无法解析引用 {reference}", $"Cannot resolve the reference {reference}"));
        }
        catch (Exception exception) when (exception is JsonSchemaException or ArgumentException or InvalidOperationException
                                              or FormatException or UriFormatException or NotSupportedException or KeyNotFoundException)
        {
            return Failure("", new(exception.Message, exception.Message));
        }

        var document = new SchemaDocument(element, DefaultBaseUri, registry);
        return new FormSchemaCompilation(new FormSchema(built, document), []);
    }

    private static List<FieldError> CheckAgainstMetaSchema(JsonElement element)
    {
        var flag = MetaSchemas.Draft202012.Evaluate(element, Options(OutputFormat.Flag));
        if (flag.IsValid) return [];
        var results = MetaSchemas.Draft202012.Evaluate(element, Options(OutputFormat.Hierarchical));
        var errors = ErrorCollector.Collect(results, MetaDocument.Value, element)
            .Select(e => new FieldError(e.Pointer, FieldErrorCodes.SchemaInvalid, "JSON Schema 无效：" + e.MessageZh, "Invalid JSON Schema: " + e.MessageEn))
            .ToList();
        return errors.Count > 0 ? errors : [Error("", MessageCatalog.Invalid)];
    }

    public static EvaluationOptions Options(OutputFormat format) => new() { OutputFormat = format, RequireFormatValidation = true };

    /// <summary>The first <c>$ref</c> in the schema that the unresolved reference came from.</summary>
    private static (string Pointer, string Reference) FindReference(JsonElement root, RefResolutionException exception)
    {
        var stack = new Stack<(JsonElement Element, string Pointer, Uri Base, int Depth)>();
        stack.Push((root, "", DefaultBaseUri, 0));
        while (stack.Count > 0)
        {
            var (element, pointer, parentBase, depth) = stack.Pop();
            if (element.ValueKind != JsonValueKind.Object || depth > DocumentConversion.MaxDepth) continue;
            var baseUri = SchemaDocument.RebaseOn(element, parentBase);
            foreach (var keyword in (ReadOnlySpan<string>)["$ref", "$dynamicRef"])
            {
                if (!element.TryGetProperty(keyword, out var reference) || reference.ValueKind != JsonValueKind.String) continue;
                var text = reference.GetString()!;
                var resolved = Uri.TryCreate(baseUri, text, out var uri) ? uri.AbsoluteUri : text;
                if (exception.Message.Contains(resolved, StringComparison.Ordinal)
                    || (exception.BaseUri is not null && SchemaDocument.UriKey(exception.BaseUri) == SchemaDocument.UriKey(uri ?? baseUri)
                        && text.StartsWith('#') && exception.Message.Contains(text, StringComparison.Ordinal)))
                {
                    return (PointerText.Append(pointer, keyword), text);
                }
            }

            foreach (var (keyword, member, subschema) in SchemaKeywords.Subschemas(element))
            {
                var child = PointerText.Append(pointer, keyword);
                if (member is not null) child = PointerText.Append(child, member);
                stack.Push((subschema, child, baseUri, depth + 1));
            }
        }

        return ("", exception.BaseUri?.ToString() ?? "");
    }

    private static FormSchemaCompilation Failure(string pointer, Bilingual message) => new(null, [Error(pointer, message)]);

    private static FieldError Error(string pointer, Bilingual message) =>
        new(pointer, FieldErrorCodes.SchemaInvalid, "JSON Schema 无效：" + message.Zh, "Invalid JSON Schema: " + message.En);
}
