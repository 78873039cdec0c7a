namespace Workflows.Scripting;

/// <summary>How the text of a rule is read.</summary>
public enum RuleSourceKind
{
    /// <summary>A single JavaScript expression whose value is the result.</summary>
    Expression,

    /// <summary>A JavaScript function body whose <c>return</c> value is the result (no <c>return</c>: <c>null</c>).</summary>
    Body,
}
