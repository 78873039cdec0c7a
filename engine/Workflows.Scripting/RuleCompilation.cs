using System.Diagnostics.CodeAnalysis;

namespace Workflows.Scripting;

/// <summary>The result of <see cref="RuleSandbox.Compile"/>: a rule ready to evaluate, or the syntax error.</summary>
public sealed class RuleCompilation
{
    private RuleCompilation(CompiledRule? rule, RuleError? error)
    {
        Rule = rule;
        Error = error;
    }

    [MemberNotNullWhen(true, nameof(Rule))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Rule is not null;

    public CompiledRule? Rule { get; }

    public RuleError? Error { get; }

    internal static RuleCompilation Succeeded(CompiledRule rule) => new(rule, null);

    internal static RuleCompilation Failed(RuleError error) => new(null, error);
}
