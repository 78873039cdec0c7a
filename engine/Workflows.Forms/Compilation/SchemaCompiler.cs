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

    /// <summary>The longest same-value chain of the meta-schema: how deep checking a schema against it nests.</summary>
    private static readonly Lazy<int> MetaHeight = new(() => EvaluationLoops.Check(MetaDocument.Value).Height);

    public static FormSchemaCompilation Compile(JsonElement element)
    {
        if (DocumentConversion.DepthOf(element) > DocumentConversion.MaxDepth) return Failure("", MessageCatalog.TooDeep);
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            return Failure("", new("应为对象或布尔值", "Must be an object or a boolean"));
        }

        var constantErrors = CheckConstants(element);
        if (constantErrors.Count > 0) return new FormSchemaCompilation(null, constantErrors);
        var nesting = StackGuard.Nesting(DocumentConversion.DepthOf(element), MetaHeight.Value);
        var metaErrors = StackGuard.Run(nesting, () => CheckAgainstMetaSchema(element));
        if (metaErrors.Count > 0) return new FormSchemaCompilation(null, metaErrors);

        var registry = new SchemaRegistry();
        var document = new SchemaDocument(element, DefaultBaseUri, registry);
        var referenceErrors = CheckReferences(document);
        if (referenceErrors.Count > 0) return new FormSchemaCompilation(null, referenceErrors);
        var (loopErrors, height) = EvaluationLoops.Check(document);
        if (loopErrors.Count > 0) return new FormSchemaCompilation(null, loopErrors);

        try
        {
            // JsonSchema.Net 8 defaults to the v1/2026 dialect, which rejects unknown keywords such as x-message;
            // a "$schema" in the document still chooses its own dialect.
            var built = JsonSchema.Build(element, new BuildOptions { SchemaRegistry = registry, Dialect = Dialect.Draft202012 }, DefaultBaseUri);
            return new FormSchemaCompilation(new FormSchema(built, document, height), []);
        }
        catch (Exception exception) when (exception is JsonSchemaException or RefResolutionException or ArgumentException
                                              or InvalidOperationException or FormatException or NotSupportedException
                                              or KeyNotFoundException)
        {
            return Failure("", new("无法构建此 JSON Schema：" + exception.Message, "The JSON Schema cannot be built: " + exception.Message));
        }
    }

    private static List<FieldError> CheckAgainstMetaSchema(JsonElement element)
    {
        EvaluationResults flag;
        try
        {
            flag = MetaSchemas.Draft202012.Evaluate(element, Options(OutputFormat.Flag));
        }
        catch (Exception exception) when (exception is FormatException or OverflowException)
        {
            var unrepresentable = NumberRange.Unrepresentable(element);
            return unrepresentable.Count > 0
                ? unrepresentable.Select(p => Error(p, MessageCatalog.NumberOutOfRange)).ToList()
                : [Error("", MessageCatalog.Unvalidatable)];
        }

        if (flag.IsValid) return [];
        var results = MetaSchemas.Draft202012.Evaluate(element, Options(OutputFormat.Hierarchical));
        var errors = ErrorCollector.Collect(results, MetaDocument.Value, element)
            .Select(e => Error(e.Pointer, new(e.MessageZh, e.MessageEn)))
            .ToList();
        return errors.Count > 0 ? errors : [Error("", MessageCatalog.Invalid)];
    }

    /// <summary>
    /// Numbers in <c>enum</c>, <c>const</c> (or, should the meta-schema check fail on one, anywhere) that the evaluator
    /// cannot compare; see <see cref="NumberRange"/>.
    /// </summary>
    private static List<FieldError> CheckConstants(JsonElement root)
    {
        var errors = new List<FieldError>();
        var stack = new Stack<(JsonElement Schema, string Pointer, int Depth)>();
        stack.Push((root, "", 0));
        while (stack.Count > 0)
        {
            var (schema, pointer, depth) = stack.Pop();
            if (schema.ValueKind != JsonValueKind.Object || depth > DocumentConversion.MaxDepth) continue;
            foreach (var keyword in (ReadOnlySpan<string>)["enum", "const"])
            {
                if (!schema.TryGetProperty(keyword, out var value)) continue;
                errors.AddRange(NumberRange.Unrepresentable(value, PointerText.Append(pointer, keyword)).Select(p => Error(p, MessageCatalog.NumberOutOfRange)));
            }

            foreach (var (keyword, member, subschema) in SchemaKeywords.Subschemas(schema))
            {
                var child = PointerText.Append(pointer, keyword);
                if (member is not null) child = PointerText.Append(child, member);
                stack.Push((subschema, child, depth + 1));
            }
        }

        return errors;
    }

    public static EvaluationOptions Options(OutputFormat format) => new() { OutputFormat = format, RequireFormatValidation = true };

    /// <summary>
    /// Every <c>$ref</c>/<c>$dynamicRef</c> must lead to a schema. JsonSchema.Net resolves references only when
    /// evaluation reaches them, so a dangling one would otherwise surface as a failure on some later submission.
    /// </summary>
    private static List<FieldError> CheckReferences(SchemaDocument document)
    {
        var errors = new List<FieldError>();
        var stack = new Stack<(SchemaRef Schema, string Pointer, int Depth)>();
        stack.Push((document.Root, "", 0));
        while (stack.Count > 0)
        {
            var (schema, pointer, depth) = stack.Pop();
            if (schema.Element.ValueKind != JsonValueKind.Object || depth > DocumentConversion.MaxDepth) continue;
            foreach (var keyword in (ReadOnlySpan<string>)["$ref", "$dynamicRef"])
            {
                if (!schema.TryGet(keyword, out var reference) || reference.ValueKind != JsonValueKind.String) continue;
                var text = reference.GetString()!;
                if (document.ResolveReference(schema, text) is { } target && SchemaKeywords.IsSchema(target.Element)) continue;
                errors.Add(Error(PointerText.Append(pointer, keyword), new($"无法解析引用 {text}", $"Cannot resolve the reference {text}")));
            }

            foreach (var (keyword, member, subschema) in SchemaKeywords.Subschemas(schema.Element))
            {
                var child = PointerText.Append(pointer, keyword);
                if (member is not null) child = PointerText.Append(child, member);
                stack.Push((schema.Child(subschema, keyword, member), child, depth + 1));
            }
        }

        return errors;
    }

    private static FormSchemaCompilation Failure(string pointer, Bilingual message) => new(null, [Error(pointer, message)]);

    /// <summary>
    /// A <c>schema.invalid</c> error. The messages say what is wrong at the pointer ("应为数字" / "Must be a number")
    /// without repeating that the schema is invalid: the code says so, and callers add their own context.
    /// </summary>
    public static FieldError Error(string pointer, Bilingual message) => new(pointer, FieldErrorCodes.SchemaInvalid, message.Zh, message.En);
}
