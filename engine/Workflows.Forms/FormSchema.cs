using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Workflows.Forms.Compilation;
using Workflows.Forms.Documents;
using Workflows.Forms.Evaluation;
using Workflows.Forms.Fields;
using Workflows.Forms.Messages;
using Workflows.Forms.Schemas;

namespace Workflows.Forms;

/// <summary>
/// A compiled JSON Schema (draft 2020-12) for form submissions or whole documents. Immutable and thread-safe:
/// compile once, validate from any thread. Formats (<c>date</c>, <c>email</c>, <c>uuid</c> …) are asserted, not just
/// annotated. Errors carry zh-CN and en messages; a schema object can supply its own with an <c>x-message</c> (or
/// <c>errorMessage</c>) annotation, and enum options can be labelled with <c>x-enumLabels</c>
/// (see <see cref="Messages.CustomMessage"/> and <see cref="MessageCatalog.Enum"/>).
/// </summary>
public sealed class FormSchema
{
    private static readonly CompilationCache Cache = new(256);

    private readonly JsonSchema schema;
    private readonly SchemaDocument document;
    private readonly FieldMap fields;
    private readonly int inPlaceHeight;

    internal FormSchema(JsonSchema schema, SchemaDocument document, int inPlaceHeight)
    {
        this.schema = schema;
        this.document = document;
        this.inPlaceHeight = inPlaceHeight;
        fields = new FieldMap(document);
    }

    /// <summary>
    /// Property names the data may have at the top level: from <c>properties</c>, <c>required</c>,
    /// <c>dependentRequired</c> and <c>dependentSchemas</c>, also inside <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c>,
    /// <c>if</c>/<c>then</c>/<c>else</c>, <c>dependentSchemas</c> and local references.
    /// </summary>
    public IReadOnlySet<string> TopLevelFields => fields.TopLevelFields;

    /// <summary>
    /// Compiles a schema. Never throws: a node that is not a valid JSON Schema draft 2020-12 (checked against the
    /// meta-schema) or that cannot be built (an unresolvable <c>$ref</c>) gives errors with code <c>schema.invalid</c>
    /// and pointers into the schema document. Compilations are cached by the schema's JSON text.
    /// </summary>
    public static FormSchemaCompilation Compile(JsonNode? schemaNode)
    {
        if (!DocumentConversion.TryToElement(schemaNode, out var element, out var problem))
        {
            return new FormSchemaCompilation(null, [SchemaCompiler.Error("", problem == ConversionProblem.TooDeep ? MessageCatalog.TooDeep : MessageCatalog.NotJson)]);
        }

        return Compile(element);
    }

    /// <inheritdoc cref="Compile(JsonNode?)"/>
    public static FormSchemaCompilation Compile(JsonElement schemaElement)
    {
        try
        {
            return Cache.GetOrAdd(schemaElement.GetRawText(), () => SchemaCompiler.Compile(schemaElement.Clone()));
        }
#pragma warning disable CA1031 // The contract is "never throws": a defect in the library must not take the caller down.
        catch (Exception)
#pragma warning restore CA1031
        {
            return new FormSchemaCompilation(null, [SchemaCompiler.Error("", MessageCatalog.Unvalidatable)]);
        }
    }

    /// <summary>
    /// Validates data and returns every error at once (empty when valid). Never throws; data nested more than
    /// 64 levels deep, or not writable as JSON, gives one <c>form.invalid</c> error at the root.
    /// </summary>
    public IReadOnlyList<FieldError> Validate(JsonNode? data)
    {
        if (!DocumentConversion.TryToElement(data, out var element, out var problem))
        {
            var message = problem == ConversionProblem.TooDeep ? MessageCatalog.TooDeep : MessageCatalog.NotJson;
            return [new FieldError("", FieldErrorCodes.Invalid, message.Zh, message.En)];
        }

        return Validate(element);
    }

    /// <inheritdoc cref="Validate(JsonNode?)"/>
    public IReadOnlyList<FieldError> Validate(JsonElement data)
    {
        try
        {
            var depth = DocumentConversion.DepthOf(data);
            if (depth > DocumentConversion.MaxDepth)
            {
                var tooDeep = MessageCatalog.TooDeep;
                return [new FieldError("", FieldErrorCodes.Invalid, tooDeep.Zh, tooDeep.En)];
            }

            return StackGuard.Run(StackGuard.Nesting(depth, inPlaceHeight), () =>
            {
                if (schema.Evaluate(data, SchemaCompiler.Options(OutputFormat.Flag)).IsValid) return [];
                var results = schema.Evaluate(data, SchemaCompiler.Options(OutputFormat.Hierarchical));
                return ErrorCollector.Collect(results, document, data);
            });
        }
#pragma warning disable CA1031 // The contract is "never throws": a defect in the library must not take the caller down.
        catch (Exception)
#pragma warning restore CA1031
        {
            var unrepresentable = NumberRange.Unrepresentable(data);
            var message = unrepresentable.Count > 0 ? MessageCatalog.NumberOutOfRange : MessageCatalog.Unvalidatable;
            return unrepresentable.Count > 0
                ? unrepresentable.Select(p => new FieldError(p, FieldErrorCodes.Invalid, message.Zh, message.En)).ToList()
                : [new FieldError("", FieldErrorCodes.Invalid, message.Zh, message.En)];
        }
    }

    /// <summary>
    /// Is <paramref name="pointer"/> a data path the schema declares? Members as in <see cref="TopLevelFields"/>, at
    /// any depth; array items as <c>*</c> or an index: <c>/leader/name</c>, <c>/members/*/name</c>. <c>""</c> is the root.
    /// </summary>
    public bool HasField(string pointer) => fields.HasField(pointer);
}
