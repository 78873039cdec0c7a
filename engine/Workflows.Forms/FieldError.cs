namespace Workflows.Forms;

/// <summary>
/// One problem with a submission (or, for <c>FormSchema.Compile</c>, with a schema).
/// </summary>
/// <param name="Pointer">
/// RFC 6901 JSON Pointer into the validated document (<c>""</c> for the root). For a missing required member it
/// points at the member itself (<c>/leader/name</c>), not at its parent.
/// </param>
/// <param name="Code">A stable code such as <c>form.required</c>; see <see cref="FieldErrorCodes"/>.</param>
/// <param name="MessageZh">The message in Simplified Chinese.</param>
/// <param name="MessageEn">The message in English.</param>
public sealed record FieldError(string Pointer, string Code, string MessageZh, string MessageEn);
