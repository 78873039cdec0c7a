namespace Workflows.Forms.Evaluation;

/// <summary>Why an alternative of <c>anyOf</c>/<c>oneOf</c> plainly does not apply to a value.</summary>
internal enum Mismatch
{
    /// <summary>The alternative applies; its errors are worth reporting.</summary>
    None,

    /// <summary>The value has another JSON type than the alternative wants.</summary>
    Type,

    /// <summary>A discriminating member (<c>"kind": {"const": "a"}</c>) has another value.</summary>
    Discriminator,
}
