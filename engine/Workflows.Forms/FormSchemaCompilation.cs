namespace Workflows.Forms;

/// <summary>The outcome of <c>FormSchema.Compile</c>: a compiled schema, or the problems that prevent it.</summary>
public sealed class FormSchemaCompilation
{
    internal FormSchemaCompilation(FormSchema? schema, IReadOnlyList<FieldError> errors)
    {
        Schema = schema;
        Errors = errors;
    }

    /// <summary>True when the schema compiled; then <see cref="Schema"/> is set and <see cref="Errors"/> is empty.</summary>
    public bool Success => Schema is not null;

    public FormSchema? Schema { get; }

    /// <summary>Problems with pointers into the schema document, code <c>schema.invalid</c>.</summary>
    public IReadOnlyList<FieldError> Errors { get; }
}
