using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Scripting.Tests;

/// <summary>Compiles and runs rules for the tests; a compile failure fails the test with the sandbox's own message.</summary>
internal static class Sandbox
{
    public static RuleSandbox Shared { get; } = new();

    public static CompiledRule Compile(string source, RuleSourceKind kind = RuleSourceKind.Expression, RuleSandbox? sandbox = null)
    {
        var compilation = (sandbox ?? Shared).Compile(source, kind);
        Assert.True(compilation.Success, compilation.Error?.MessageEn);
        return compilation.Rule;
    }

    public static RuleOutcome Run(string source, string input = "{}", RuleSourceKind kind = RuleSourceKind.Expression, RuleSandbox? sandbox = null)
    {
        sandbox ??= Shared;
        return sandbox.Evaluate(Compile(source, kind, sandbox), Input(input));
    }

    public static RuleOutcome Body(string source, string input = "{}", RuleSandbox? sandbox = null) =>
        Run(source, input, RuleSourceKind.Body, sandbox);

    public static JsonNode? Value(string source, string input = "{}", RuleSourceKind kind = RuleSourceKind.Expression)
    {
        var outcome = Run(source, input, kind);
        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        return outcome.Value;
    }

    public static string? Json(string source, string input = "{}", RuleSourceKind kind = RuleSourceKind.Expression) =>
        Text(Value(source, input, kind));

    /// <summary>JSON text with Chinese and '+' left readable, for comparing with expected literals.</summary>
    public static string? Text(JsonNode? node) => node?.ToJsonString(Readable);

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Input(string json) => JsonNode.Parse(json)!.AsObject();

    public static RuleError Failure(RuleOutcome outcome)
    {
        Assert.False(outcome.Success, "expected the rule to fail, it returned " + outcome.Value?.ToJsonString());
        return outcome.Error;
    }
}
