namespace Workflows.Scripting.Tests;

/// <summary>Nothing one evaluation does may be visible to the next one on the same (reused) engine.</summary>
public class IsolationTests
{
    [Fact]
    public void GlobalThisWrite_Fails_AndIsNotVisibleNextTime()
    {
        var sandbox = new RuleSandbox();
        var write = Sandbox.Compile("globalThis.x = 1; return globalThis.x;", RuleSourceKind.Body, sandbox);
        var read = Sandbox.Compile("typeof globalThis.x", RuleSourceKind.Expression, sandbox);

        var written = sandbox.Evaluate(write, []);
        var seen = sandbox.Evaluate(read, []);

        Assert.Equal(RuleErrorCodes.Runtime, Sandbox.Failure(written).Code);
        Assert.Equal("\"undefined\"", seen.Value!.ToJsonString());
    }

    [Theory]
    [InlineData("Array.prototype.includes = () => true")]
    [InlineData("Object.prototype.polluted = 1")]
    [InlineData("JSON.parse = () => 1")]
    [InlineData("Math.max = () => 0")]
    [InlineData("String.prototype.trim = () => 'x'")]
    [InlineData("Object.defineProperty(Object.prototype, 'polluted', { value: 1 })")]
    [InlineData("Object.setPrototypeOf(Array.prototype, null)")]
    [InlineData("delete Array.prototype.map")]
    [InlineData("Object.getPrototypeOf(function* () {}).prototype.next = null")]
    [InlineData("Object.getPrototypeOf([][Symbol.iterator]()).next = null")]
    [InlineData("Error.prototype.toString = () => 'x'")]
    public void BuiltinMutation_Fails_AndBuiltinsStayIntact(string attack)
    {
        var sandbox = new RuleSandbox();

        var attacked = sandbox.Evaluate(Sandbox.Compile(attack + ";", RuleSourceKind.Body, sandbox), []);
        var check = sandbox.Evaluate(
            Sandbox.Compile(
                """
                return [[1].includes(2), ({}).polluted === undefined, JSON.parse('1'), Math.max(1, 2), ' a '.trim(),
                    [1].map(x => x + 1)[0], [...(function* () { yield 1; })()].length, String(new Error('e'))];
                """,
                RuleSourceKind.Body,
                sandbox),
            []);

        Assert.False(attacked.Success);
        Assert.True(check.Success, check.Error?.MessageEn);
        Assert.Equal("""[false,true,1,2,"a",2,1,"Error: e"]""", check.Value!.ToJsonString());
    }

    [Fact]
    public void TopLevelDeclarations_RepeatedEvaluation_NoRedeclarationError()
    {
        var rule = Sandbox.Compile("let total = form.a; const k = 2; function f(x) { return x * k; } class C {} return f(total);", RuleSourceKind.Body);

        for (var i = 0; i < 3; i++)
        {
            var outcome = Sandbox.Shared.Evaluate(rule, new System.Text.Json.Nodes.JsonObject { ["form"] = new System.Text.Json.Nodes.JsonObject { ["a"] = i } });
            Assert.True(outcome.Success, outcome.Error?.MessageEn);
            Assert.Equal((i * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Value!.ToJsonString());
        }
    }

    [Fact]
    public void Assignment_UndeclaredName_ReferenceError()
    {
        var error = Sandbox.Failure(Sandbox.Body("leak = 1; return leak;"));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
        Assert.Contains("ReferenceError", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void RegExpLegacyStatics_AfterMatch_NotVisibleNextEvaluation()
    {
        var sandbox = new RuleSandbox();
        sandbox.Evaluate(Sandbox.Compile("/(secret)/.exec(form.text)", RuleSourceKind.Expression, sandbox), Sandbox.Input("""{"form":{"text":"my secret"}}"""));

        var leaked = sandbox.Evaluate(Sandbox.Compile("[RegExp.$1, RegExp.lastMatch, RegExp.input]", RuleSourceKind.Expression, sandbox), []);

        Assert.Equal("[null,null,null]", leaked.Value!.ToJsonString());
    }

    [Fact]
    public void InputObject_MutatedByRule_FreshNextEvaluation()
    {
        var rule = Sandbox.Compile("form.seen = (form.seen || 0) + 1; return form.seen;", RuleSourceKind.Body);
        var input = Sandbox.Input("""{"form":{}}""");

        Sandbox.Shared.Evaluate(rule, input);
        var second = Sandbox.Shared.Evaluate(rule, input);

        Assert.Equal("1", second.Value!.ToJsonString());
    }

    [Fact]
    public void OverrideOfInheritedName_OnOwnObject_ReportedNotSilent()
    {
        // Frozen built-ins make assigning an inherited name such as toString throw (the "override mistake"); defining it
        // in the literal still works.
        Assert.Equal("\"x\"", Sandbox.Json("String({ toString() { return 'x'; } })"));
        Assert.Equal(RuleErrorCodes.Runtime, Sandbox.Failure(Sandbox.Body("const o = {}; o.toString = () => 'x'; return String(o);")).Code);
    }
}
