namespace Workflows.Scripting.Tests;

public class CompileTests
{
    private readonly RuleSandbox _sandbox = new();

    [Fact]
    public void Compile_SyntaxErrorInBody_ReportsLineColumnInBothLanguages()
    {
        var compilation = _sandbox.Compile("const a = 1;\nconst b = 2;\nlet c = a +* b;\nreturn c;", RuleSourceKind.Body);

        Assert.False(compilation.Success);
        Assert.Null(compilation.Rule);
        var error = compilation.Error;
        Assert.Equal(RuleErrorCodes.Syntax, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(12, error.Column);
        Assert.StartsWith("规则语法错误（第 3 行第 12 列）：", error.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith("Rule syntax error at line 3, column 12: ", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_SyntaxErrorOnFirstLineOfExpression_ColumnIsInRuleText()
    {
        var compilation = _sandbox.Compile("form.area >= >= 3", RuleSourceKind.Expression);

        Assert.False(compilation.Success);
        Assert.Equal(RuleErrorCodes.Syntax, compilation.Error.Code);
        Assert.Equal(1, compilation.Error.Line);
        Assert.Equal(14, compilation.Error.Column);
    }

    [Fact]
    public void Compile_SyntaxErrorOnFirstLineOfBody_ColumnIsInRuleText()
    {
        var compilation = _sandbox.Compile("return )", RuleSourceKind.Body);

        Assert.False(compilation.Success);
        Assert.Equal(1, compilation.Error.Line);
        Assert.Equal(8, compilation.Error.Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Compile_EmptySource_SyntaxError(string source)
    {
        var compilation = _sandbox.Compile(source, RuleSourceKind.Expression);

        Assert.False(compilation.Success);
        Assert.Equal(RuleErrorCodes.Syntax, compilation.Error.Code);
        Assert.Contains("为空", compilation.Error.MessageZh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1; 2")]
    [InlineData("let x = 1")]
    [InlineData("1); globalThis.leak = 1; (2")]
    [InlineData("return 1")]
    public void Compile_ExpressionThatIsNotOneExpression_SyntaxError(string source)
    {
        var compilation = _sandbox.Compile(source, RuleSourceKind.Expression);

        Assert.False(compilation.Success);
        Assert.Equal(RuleErrorCodes.Syntax, compilation.Error.Code);
    }

    [Theory]
    [InlineData("}); globalThis.leak = 1; (function () {")]
    [InlineData("return 1 })(); (function () {")]
    [InlineData("/*")]
    [InlineData("return `")]
    public void Compile_BodyThatTriesToCloseTheWrapper_SyntaxError(string source)
    {
        var compilation = _sandbox.Compile(source, RuleSourceKind.Body);

        Assert.False(compilation.Success);
        Assert.Equal(RuleErrorCodes.Syntax, compilation.Error.Code);
    }

    [Fact]
    public void Compile_WithStatement_SyntaxErrorBecauseRulesAreStrict()
    {
        var compilation = _sandbox.Compile("with (form) { return area; }", RuleSourceKind.Body);

        Assert.False(compilation.Success);
        Assert.Equal(RuleErrorCodes.Syntax, compilation.Error.Code);
    }

    [Fact]
    public void Compile_ObjectLiteralExpression_IsAnExpressionNotABlock()
    {
        Assert.Equal("""{"state":{"done":true}}""", Sandbox.Json("{ state: { done: true } }"));
    }

    [Fact]
    public void Compile_ExpressionEndingInLineComment_Compiles()
    {
        Assert.Equal("3", Sandbox.Json("1 + 2 // three"));
    }

    [Fact]
    public void Compile_BodyEndingInLineComment_Compiles()
    {
        Assert.Equal("3", Sandbox.Json("return 1 + 2 // three", kind: RuleSourceKind.Body));
    }

    [Fact]
    public void Compile_FreeNames_ListInputsAndBuiltins()
    {
        var rule = Sandbox.Compile("Math.max(form.area, params.minArea)");

        Assert.Equal(["Math", "form", "params"], rule.FreeNames.Order(StringComparer.Ordinal));
        Assert.Empty(rule.UnknownNames);
    }

    [Fact]
    public void Compile_TypoInInputName_ReportedAsUnknownName()
    {
        var rule = Sandbox.Compile("from.area > 3 && parms.x");

        Assert.Equal(["from", "parms"], rule.UnknownNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compile_SameSourceTwice_GivesIndependentRules()
    {
        var first = _sandbox.Compile("form.a", RuleSourceKind.Expression);
        var second = _sandbox.Compile("form.a", RuleSourceKind.Expression);

        Assert.True(first.Success);
        Assert.True(second.Success);
        Assert.Equal("form.a", first.Rule.Source);
        Assert.Equal(RuleSourceKind.Expression, first.Rule.Kind);
    }
}
