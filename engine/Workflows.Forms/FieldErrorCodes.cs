namespace Workflows.Forms;

/// <summary>The codes of <see cref="FieldError.Code"/>: one per JSON Schema constraint, plus fallbacks.</summary>
public static class FieldErrorCodes
{
    public const string Required = "form.required";
    public const string Type = "form.type";
    public const string Format = "form.format";
    public const string Enum = "form.enum";
    public const string Const = "form.const";
    public const string Minimum = "form.minimum";
    public const string Maximum = "form.maximum";
    public const string ExclusiveMinimum = "form.exclusiveMinimum";
    public const string ExclusiveMaximum = "form.exclusiveMaximum";
    public const string MinLength = "form.minLength";
    public const string MaxLength = "form.maxLength";
    public const string Pattern = "form.pattern";
    public const string MinItems = "form.minItems";
    public const string MaxItems = "form.maxItems";
    public const string UniqueItems = "form.uniqueItems";
    public const string AdditionalProperties = "form.additionalProperties";
    public const string MultipleOf = "form.multipleOf";
    public const string MinProperties = "form.minProperties";
    public const string MaxProperties = "form.maxProperties";
    public const string OneOf = "form.oneOf";
    public const string AnyOf = "form.anyOf";
    public const string Not = "form.not";
    public const string DependentRequired = "form.dependentRequired";
    public const string Contains = "form.contains";

    /// <summary>Fallback: the value is wrong in a way no more specific code describes.</summary>
    public const string Invalid = "form.invalid";

    /// <summary>For <c>FormSchema.Compile</c>: the schema itself is not a valid JSON Schema draft 2020-12.</summary>
    public const string SchemaInvalid = "schema.invalid";
}
