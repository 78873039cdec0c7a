namespace Workflows.Scripting.Compilation;

/// <summary>How much of one input a compiled rule can observe.</summary>
/// <param name="Read">Whether the rule names the input at all; if not, it is passed as <c>undefined</c>.</param>
/// <param name="Members">The only members of an object input the rule can observe, or null for all of it.</param>
internal sealed record InputUse(bool Read, string[]? Members);
