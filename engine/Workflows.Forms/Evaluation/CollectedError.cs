namespace Workflows.Forms.Evaluation;

/// <summary>An error found while walking the results, with what the final clean-up needs to know about it.</summary>
/// <param name="Error">The error as reported.</param>
/// <param name="FromUnevaluated">Raised by <c>unevaluatedProperties</c>/<c>unevaluatedItems</c>: dropped when the
/// same member already has a more specific error (a member whose subschema failed is, by the rules of JSON Schema,
/// "unevaluated" too).</param>
internal readonly record struct CollectedError(FieldError Error, bool FromUnevaluated);
