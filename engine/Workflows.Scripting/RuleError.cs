namespace Workflows.Scripting;

/// <summary>Why a rule did not compile or did not produce a value; <see cref="Line"/> and <see cref="Column"/> are 1-based
/// positions in the rule's own text, when known.</summary>
public sealed record RuleError(string Code, string MessageZh, string MessageEn, int? Line = null, int? Column = null);
