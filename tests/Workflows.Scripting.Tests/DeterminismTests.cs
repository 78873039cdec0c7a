namespace Workflows.Scripting.Tests;

public class DeterminismTests
{
    private const string July1 = """{"now":"2024-07-01T09:30:00+08:00"}""";

    [Fact]
    public void DateNow_InputHasNow_ReturnsThatInstant()
    {
        Assert.Equal("1719797400000", Sandbox.Json("Date.now()", July1));
    }

    [Fact]
    public void NewDate_InputHasNow_IsThatInstant()
    {
        Assert.Equal("\"2024-07-01T01:30:00.000Z\"", Sandbox.Json("new Date().toISOString()", July1));
    }

    [Fact]
    public void NewDate_LocalFields_UseOffsetOfNow()
    {
        Assert.Equal("[2024,6,1,9,30,-480]", Sandbox.Json("(d => [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getTimezoneOffset()])(new Date())", July1));
    }

    [Fact]
    public void DateParse_LocalDateTimeText_ReadInOffsetOfNow()
    {
        Assert.Equal("\"2024-12-30T16:00:00.000Z\"", Sandbox.Json("new Date('2024-12-31T00:00:00').toISOString()", July1));
    }

    [Fact]
    public void DateNow_DifferentNowPerEvaluation_EachFollowsItsOwn()
    {
        var rule = Sandbox.Compile("Date.now()");

        var first = Sandbox.Shared.Evaluate(rule, Sandbox.Input("""{"now":"2030-01-01T00:00:00Z"}"""));
        var second = Sandbox.Shared.Evaluate(rule, Sandbox.Input("""{"now":"2000-01-01T00:00:00Z"}"""));

        Assert.Equal("1893456000000", first.Value!.ToJsonString());
        Assert.Equal("946684800000", second.Value!.ToJsonString());
    }

    [Fact]
    public void DueDate_ComputedFromNow_IsStable()
    {
        const string body = """
            const d = new Date(Date.parse(now));
            d.setDate(d.getDate() + 30);
            return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
            """;

        Assert.Equal("\"2024-07-31\"", Sandbox.Json(body, July1, RuleSourceKind.Body));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"now":"not a date"}""")]
    [InlineData("""{"now":42}""")]
    public void DateNow_WithoutUsableNow_RuntimeErrorNotServerClock(string input)
    {
        var error = Sandbox.Failure(Sandbox.Run("Date.now()", input));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
        Assert.Contains("now", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("now", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void NewDate_NoNowAndCaught_StillFailsRatherThanServerClock()
    {
        var error = Sandbox.Failure(Sandbox.Body("try { return new Date().getTime(); } catch (e) { return -1; }"));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
    }

    [Fact]
    public void DateUtc_NoNow_Works()
    {
        Assert.Equal("\"2024-03-01T00:00:00.000Z\"", Sandbox.Json("new Date(Date.UTC(2024, 1, 29) + 86400000).toISOString()"));
    }

    [Fact]
    public void TemporalNow_InSandbox_Undefined()
    {
        Assert.Equal("true", Sandbox.Json("typeof Temporal === 'undefined' || typeof Temporal.Now === 'undefined'"));
    }

    [Fact]
    public void MathRandom_SameInput_SameSequence()
    {
        var rule = Sandbox.Compile("[Math.random(), Math.random(), Math.random()]");
        const string input = """{"unit":{"id":"c1"},"now":"2024-07-01T00:00:00Z"}""";

        var first = Sandbox.Shared.Evaluate(rule, Sandbox.Input(input)).Value!.ToJsonString();
        var second = Sandbox.Shared.Evaluate(rule, Sandbox.Input(input)).Value!.ToJsonString();
        var fresh = new RuleSandbox().Evaluate(Sandbox.Compile("[Math.random(), Math.random(), Math.random()]"), Sandbox.Input(input)).Value!.ToJsonString();

        Assert.Equal(first, second);
        Assert.Equal(first, fresh);
    }

    [Fact]
    public void MathRandom_DifferentInput_DifferentSequence()
    {
        var rule = Sandbox.Compile("Math.random()");

        var c1 = Sandbox.Shared.Evaluate(rule, Sandbox.Input("""{"unit":{"id":"c1"}}""")).Value!.ToJsonString();
        var c2 = Sandbox.Shared.Evaluate(rule, Sandbox.Input("""{"unit":{"id":"c2"}}""")).Value!.ToJsonString();

        Assert.NotEqual(c1, c2);
    }

    [Fact]
    public void MathRandom_InUnitInterval_AndSpread()
    {
        const string body = """
            const xs = Array.from({ length: 1000 }, () => Math.random());
            const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
            return { inRange: xs.every(x => x >= 0 && x < 1), distinct: new Set(xs).size, meanOk: mean > 0.4 && mean < 0.6 };
            """;

        Assert.Equal("""{"inRange":true,"distinct":1000,"meanOk":true}""", Sandbox.Json(body, kind: RuleSourceKind.Body));
    }

    [Fact]
    public void MathRandom_Reassigned_Fails()
    {
        var error = Sandbox.Failure(Sandbox.Body("Math.random = () => 0.5; return Math.random();"));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
    }
}
