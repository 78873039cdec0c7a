namespace Workflows.Scripting;

/// <summary>The stable codes of <see cref="RuleError.Code"/>.</summary>
public static class RuleErrorCodes
{
    public const string Syntax = "rule.syntax";
    public const string Timeout = "rule.timeout";
    public const string Statements = "rule.statements";
    public const string Memory = "rule.memory";
    public const string Recursion = "rule.recursion";
    public const string Runtime = "rule.runtime";
    public const string Forbidden = "rule.forbidden";
    public const string Result = "rule.result";
}
