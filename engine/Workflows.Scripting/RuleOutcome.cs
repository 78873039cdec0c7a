using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace Workflows.Scripting;

/// <summary>The result of one evaluation: a JSON value, or the error that stopped the rule.</summary>
public sealed class RuleOutcome
{
    private RuleOutcome(JsonNode? value, RuleError? error)
    {
        Value = value;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The rule's value; <c>null</c> stands for JavaScript <c>null</c> and <c>undefined</c>.</summary>
    public JsonNode? Value { get; }

    public RuleError? Error { get; }

    public static RuleOutcome Succeeded(JsonNode? value) => new(value, null);

    public static RuleOutcome Failed(RuleError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(null, error);
    }
}
