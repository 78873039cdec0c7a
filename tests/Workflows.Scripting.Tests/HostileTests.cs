using System.Diagnostics;

namespace Workflows.Scripting.Tests;

/// <summary>
/// Scripts that try to run forever, exhaust memory or the stack, or reach the host. Each must stop within its limit
/// with its own code, and the sandbox must evaluate an ordinary rule correctly straight afterwards.
/// </summary>
public class HostileTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [Fact]
    public void Evaluate_InfiniteLoop_StoppedByStatementLimit()
    {
        // The default statement limit with a timeout a loaded CI machine cannot reach first.
        var sandbox = new RuleSandbox(SandboxLimits.Default with { Timeout = TimeSpan.FromSeconds(30) });

        var error = Stopped(sandbox, "while (true) {}");

        Assert.Equal(RuleErrorCodes.Statements, error.Code);
        Assert.Contains("100000", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("100000", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InfiniteLoop_StoppedByTimeout()
    {
        var sandbox = new RuleSandbox(SandboxLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = int.MaxValue });
        var watch = Stopwatch.StartNew();

        var error = Stopped(sandbox, "while (true) {}");

        Assert.Equal(RuleErrorCodes.Timeout, error.Code);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(150), Generous);
        Assert.Contains("200", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CatastrophicRegex_StoppedByTimeout()
    {
        var sandbox = new RuleSandbox(SandboxLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200) });

        var error = Stopped(sandbox, "return /^(a+)+$/.test('a'.repeat(40) + 'b');");

        Assert.Equal(RuleErrorCodes.Timeout, error.Code);
    }

    [Fact]
    public void Evaluate_GrowingArrayOfStrings_StoppedByMemoryLimit()
    {
        // Jint joins a million holes in roughly 0.1 s, so under the default 500 ms the clock may stop it first; a longer
        // timeout shows the memory limit itself.
        var sandbox = new RuleSandbox(SandboxLimits.Default with { Timeout = TimeSpan.FromSeconds(5) });

        var error = Stopped(sandbox, "let a = []; while (true) a.push(new Array(1e6).join('x'));");

        Assert.Equal(RuleErrorCodes.Memory, error.Code);
        Assert.Contains(SandboxLimits.Default.MaxMemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_GrowingArrayOfStringsUnderDefaults_StoppedByMemoryOrTime()
    {
        var error = Stopped(new RuleSandbox(), "let a = []; while (true) a.push(new Array(1e6).join('x'));");

        Assert.True(error.Code is RuleErrorCodes.Memory or RuleErrorCodes.Timeout, error.MessageEn);
    }

    [Fact]
    public void Evaluate_StringDoubling_StoppedByMemoryLimit()
    {
        var error = Stopped(new RuleSandbox(), "let s = 'x'; while (true) { s = s + s; s.charAt(s.length - 1); }");

        Assert.Equal(RuleErrorCodes.Memory, error.Code);
    }

    [Fact]
    public void Evaluate_HugeArray_StoppedByMemoryLimit()
    {
        var error = Stopped(new RuleSandbox(SandboxLimits.Default with { Timeout = TimeSpan.FromSeconds(5) }), "return new Array(5e7).fill(1).length;");

        Assert.Equal(RuleErrorCodes.Memory, error.Code);
    }

    [Fact]
    public void Evaluate_InfiniteRecursion_StoppedByRecursionLimit()
    {
        var error = Stopped(new RuleSandbox(), "function f() { return f(); } return f();");

        Assert.Equal(RuleErrorCodes.Recursion, error.Code);
        Assert.Contains("64", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MutualRecursionThroughBuiltins_StoppedByRecursionLimit()
    {
        var error = Stopped(new RuleSandbox(), "const f = () => [1].map(f); return f();");

        Assert.Equal(RuleErrorCodes.Recursion, error.Code);
    }

    [Fact]
    public void Evaluate_CustomLimits_Applied()
    {
        var sandbox = new RuleSandbox(new SandboxLimits(TimeSpan.FromSeconds(5), 50, 64L * 1024 * 1024, 5));

        Assert.Equal(RuleErrorCodes.Statements, Stopped(sandbox, "let i = 0; while (i < 1000) i++; return i;").Code);
        Assert.Equal(RuleErrorCodes.Recursion, Stopped(sandbox, "function f(n) { return n === 0 ? 0 : f(n - 1); } return f(10);").Code);
        Assert.Equal("3", sandbox.Evaluate(Sandbox.Compile("function f(n) { return n === 0 ? 0 : 1 + f(n - 1); } return f(3);", RuleSourceKind.Body), []).Value!.ToJsonString());
    }

    [Theory]
    [InlineData("System")]
    [InlineData("importNamespace")]
    [InlineData("require")]
    [InlineData("host")]
    [InlineData("clrTypes")]
    [InlineData("process")]
    public void Evaluate_HostName_UndefinedInSandbox(string name)
    {
        Assert.Equal("\"undefined\"", Sandbox.Json($"typeof {name}"));
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("require('fs')")]
    [InlineData("host.Dispose()")]
    [InlineData("clrTypes.System")]
    [InlineData("process.exit(1)")]
    public void Evaluate_HostAccess_Forbidden(string expression)
    {
        var error = Stopped(new RuleSandbox(), "return " + expression + ";");

        Assert.Equal(RuleErrorCodes.Forbidden, error.Code);
        Assert.Contains("宿主", error.MessageZh, StringComparison.Ordinal);
        Assert.Contains("host", error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("({}).constructor.constructor('return process')()")]
    [InlineData("Function('return this')()")]
    [InlineData("new Function('return globalThis')()")]
    [InlineData("eval('1 + 1')")]
    [InlineData("(0, eval)('this')")]
    [InlineData("Object.getPrototypeOf(function* () {}).constructor('yield 1')")]
    [InlineData("Object.getPrototypeOf(async function () {}).constructor('return 1')")]
    [InlineData("[].map.constructor('return this')()")]
    public void Evaluate_StringCompilation_Forbidden(string expression)
    {
        var error = Stopped(new RuleSandbox(), "return " + expression + ";");

        Assert.Equal(RuleErrorCodes.Forbidden, error.Code);
        Assert.Contains("eval", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("eval", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThisInRule_IsUndefined()
    {
        Assert.Equal("\"undefined\"", Sandbox.Json("typeof this"));
    }

    [Fact]
    public void Evaluate_ThisConstructorChain_NoHostAccess()
    {
        var error = Stopped(new RuleSandbox(), "return this.constructor.constructor('return process')();");

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
    }

    [Fact]
    public void Evaluate_GlobalObject_HasOnlyJavaScriptBuiltins()
    {
        const string body = """
            const names = Object.getOwnPropertyNames(globalThis);
            const clr = names.filter(n => /^(System|importNamespace|require|host|clrTypes|process|console|setTimeout|fetch)$/.test(n));
            return { clr, hasMath: names.includes('Math'), hasShadowRealm: names.includes('ShadowRealm') };
            """;

        Assert.Equal("""{"clr":[],"hasMath":true,"hasShadowRealm":false}""", Sandbox.Json(body, kind: RuleSourceKind.Body));
    }

    [Theory]
    [InlineData("throw { toString() { while (true) {} } };")]
    [InlineData("throw { get message() { while (true) {} } };")]
    [InlineData("throw new Proxy({}, { get() { while (true) {} }, getOwnPropertyDescriptor() { while (true) {} } });")]
    [InlineData("throw Object.create(new Proxy({}, { getOwnPropertyDescriptor() { while (true) {} } }));")]
    [InlineData("const e = new Error('x'); Object.defineProperty(e, 'message', { get() { while (true) {} } }); throw e;")]
    public void Evaluate_HostileThrownValue_StoppedWithinLimits(string body)
    {
        // Jint may read the thrown value's message while the rule is still inside its limits; the sandbox itself never
        // runs script afterwards, so either way the evaluation ends promptly.
        var error = Stopped(new RuleSandbox(), body);

        Assert.True(error.Code is RuleErrorCodes.Runtime or RuleErrorCodes.Statements or RuleErrorCodes.Timeout, error.MessageEn);
    }

    [Theory]
    [InlineData("return { toJSON() { while (true) {} } };")]
    [InlineData("return new Proxy({}, { ownKeys() { while (true) {} } });")]
    [InlineData("return { get x() { while (true) {} } };")]
    public void Evaluate_HostileResult_RefusedWithoutRunningIt(string body)
    {
        var error = Stopped(new RuleSandbox(), body);

        Assert.True(error.Code is RuleErrorCodes.Result or RuleErrorCodes.Runtime, error.MessageEn);
    }

    [Fact]
    public void Evaluate_PendingPromiseJob_BoundedByTheSameLimits()
    {
        var error = Stopped(new RuleSandbox(), "Promise.resolve().then(() => { while (true) {} }); return 1;");

        Assert.True(error.Code is RuleErrorCodes.Statements or RuleErrorCodes.Timeout, error.MessageEn);
    }

    [Fact]
    public void Evaluate_PendingPromiseJobThenThrow_NextEvaluationUnaffected()
    {
        var error = Stopped(new RuleSandbox(), "Promise.resolve().then(() => { while (true) {} }); throw new Error('x');");

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
    }

    [Fact]
    public void Evaluate_AtomicsAndWeakRefs_Removed()
    {
        Assert.Equal(
            """["undefined","undefined","undefined","undefined"]""",
            Sandbox.Json("[typeof Atomics, typeof SharedArrayBuffer, typeof WeakRef, typeof FinalizationRegistry]"));
    }

    /// <summary>Runs the hostile body, checks it fails, then checks the same sandbox still evaluates a normal rule.</summary>
    private static RuleError Stopped(RuleSandbox sandbox, string body)
    {
        var watch = Stopwatch.StartNew();
        var outcome = sandbox.Evaluate(Sandbox.Compile(body, RuleSourceKind.Body, sandbox), []);
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, Generous);
        var error = Sandbox.Failure(outcome);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));

        var normal = sandbox.Evaluate(
            Sandbox.Compile("form.area >= params.minArea", RuleSourceKind.Expression, sandbox),
            Sandbox.Input("""{"form":{"area":120},"params":{"minArea":100}}"""));
        Assert.True(normal.Success, normal.Error?.MessageEn);
        Assert.Equal("true", normal.Value!.ToJsonString());
        return error;
    }
}
