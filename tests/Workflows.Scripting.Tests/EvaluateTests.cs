using System.Text.Json.Nodes;

namespace Workflows.Scripting.Tests;

public class EvaluateTests
{
    private const string FullInput = """
        {
          "params": { "minArea": 100, "launchDate": "2024-06-01" },
          "state": { "starLevel": 3, "certified": false },
          "unit": { "id": "c1", "type": "community", "code": "001", "name": { "zh": "牛岭社区", "en": "Niuling" }, "attributes": { "urban": true }, "state": {} },
          "units": [ { "id": "c1", "state": { "score": 80 } }, { "id": "c2", "state": { "score": 95 } } ],
          "form": { "area": 120, "share": 0.8, "rooms": ["a", "b"] },
          "task": { "template": "assess", "unit": "c1", "createdAt": "2024-06-01T00:00:00+08:00", "dueAt": null, "submittedAt": null, "round": 2 },
          "review": { "level": "district", "decision": "approve" },
          "now": "2024-07-01T09:30:00+08:00"
        }
        """;

    [Theory]
    [InlineData("params.minArea", "100")]
    [InlineData("params.launchDate", "\"2024-06-01\"")]
    [InlineData("state.starLevel", "3")]
    [InlineData("state.certified", "false")]
    [InlineData("unit.name.zh", "\"牛岭社区\"")]
    [InlineData("unit.attributes.urban", "true")]
    [InlineData("units.length", "2")]
    [InlineData("units[1].state.score", "95")]
    [InlineData("form.rooms.join('+')", "\"a+b\"")]
    [InlineData("task.round", "2")]
    [InlineData("task.dueAt", "null")]
    [InlineData("review.decision", "\"approve\"")]
    [InlineData("now", "\"2024-07-01T09:30:00+08:00\"")]
    public void Evaluate_EveryInputName_Visible(string expression, string expected)
    {
        Assert.Equal(expected, Sandbox.Text(Sandbox.Value(expression, FullInput)) ?? "null");
    }

    [Theory]
    [InlineData("params")]
    [InlineData("state")]
    [InlineData("unit")]
    [InlineData("units")]
    [InlineData("form")]
    [InlineData("task")]
    [InlineData("review")]
    [InlineData("now")]
    public void Evaluate_MissingInputName_IsUndefined(string name)
    {
        Assert.Equal("true", Sandbox.Json($"{name} === undefined && typeof {name} === 'undefined'"));
    }

    [Fact]
    public void Evaluate_OtherTopLevelProperty_NotVisible()
    {
        var error = Sandbox.Failure(Sandbox.Run("extra + 1", """{"extra": 1}"""));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
        Assert.Contains("extra is not defined", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Guard_TrueAndFalse()
    {
        var rule = Sandbox.Compile("form.area >= params.minArea && form.share >= 0.75");

        Assert.Equal("true", Sandbox.Shared.Evaluate(rule, Sandbox.Input("""{"form":{"area":120,"share":0.8},"params":{"minArea":100}}""")).Value!.ToJsonString());
        Assert.Equal("false", Sandbox.Shared.Evaluate(rule, Sandbox.Input("""{"form":{"area":80,"share":0.8},"params":{"minArea":100}}""")).Value!.ToJsonString());
    }

    [Fact]
    public void Evaluate_BodyWithReturn_ReturnsValue()
    {
        const string body = """
            const ranked = units.slice().sort((a, b) => b.state.score - a.state.score);
            const top = Math.ceil(ranked.length * 0.5);
            return ranked.slice(0, top).map(u => u.id);
            """;

        Assert.Equal("""["c2"]""", Sandbox.Json(body, FullInput, RuleSourceKind.Body));
    }

    [Fact]
    public void Evaluate_BodyWithoutReturn_Null()
    {
        var outcome = Sandbox.Body("const x = 1;");

        Assert.True(outcome.Success);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void Evaluate_EffectsObject_ConvertedToJson()
    {
        const string body = """
            return {
              state: { starLevel: state.starLevel + 1 },
              unitState: { certified: true },
              units: { [unit.id]: { state: { score: 100 } } },
              createTasks: ['recheck'],
              due: '2024-12-31',
              enterPhase: 'consolidate'
            };
            """;

        Assert.Equal(
            """{"state":{"starLevel":4},"unitState":{"certified":true},"units":{"c1":{"state":{"score":100}}},"createTasks":["recheck"],"due":"2024-12-31","enterPhase":"consolidate"}""",
            Sandbox.Json(body, FullInput, RuleSourceKind.Body));
    }

    [Theory]
    [InlineData("3", "3")]
    [InlineData("3.0", "3")]
    [InlineData("-0", "0")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("2.5", "2.5")]
    [InlineData("-7", "-7")]
    [InlineData("9007199254740991", "9007199254740991")]
    [InlineData("1e21", "1E+21")]
    [InlineData("10 / 4", "2.5")]
    [InlineData("10 / 5", "2")]
    public void Evaluate_Numbers_IntegersStayIntegral(string expression, string expected)
    {
        Assert.Equal(expected, Sandbox.Json(expression));
    }

    [Fact]
    public void Evaluate_IntegerResult_IsJsonInteger()
    {
        var value = Sandbox.Value("form.count * 2", """{"form":{"count":21}}""")!.AsValue();

        Assert.True(value.TryGetValue(out long number));
        Assert.Equal(42, number);
    }

    [Fact]
    public void Evaluate_NumbersFromCodeBuiltNodes_RoundTrip()
    {
        var input = new JsonObject
        {
            ["form"] = new JsonObject
            {
                ["i"] = 7,
                ["l"] = 1234567890123L,
                ["d"] = 0.25,
                ["m"] = 1.5m,
                ["f"] = 2.5f,
                ["s"] = "text",
                ["b"] = true,
                ["n"] = null,
                ["when"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            },
        };
        var rule = Sandbox.Compile("[form.i + 1, form.l, form.d * 4, form.m, form.f, form.s, form.b, form.n, form.when]");

        var outcome = Sandbox.Shared.Evaluate(rule, input);

        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        Assert.Equal("""[8,1234567890123,1,1.5,2.5,"text",true,null,"2024-01-02T03:04:05Z"]""", outcome.Value!.ToJsonString());
    }

    [Fact]
    public void Evaluate_NestedObjectsAndArrays_RoundTrip()
    {
        const string input = """{"form":{"a":{"b":[1,{"c":[true,null,"x"]},[2.5,[]]],"d":{}},"e":[]}}""";

        Assert.Equal("""{"a":{"b":[1,{"c":[true,null,"x"]},[2.5,[]]],"d":{}},"e":[]}""", Sandbox.Json("form", input));
    }

    [Fact]
    public void Evaluate_InputMutatedByRule_CallerJsonUnchanged()
    {
        var input = Sandbox.Input("""{"form":{"a":1}}""");
        var rule = Sandbox.Compile("form.a = 2; form.b = 3; return form;", RuleSourceKind.Body);

        var outcome = Sandbox.Shared.Evaluate(rule, input);

        Assert.Equal("""{"a":2,"b":3}""", outcome.Value!.ToJsonString());
        Assert.Equal("""{"form":{"a":1}}""", input.ToJsonString());
    }

    [Theory]
    [InlineData("undefined")]
    [InlineData("null")]
    [InlineData("void 0")]
    public void Evaluate_UndefinedOrNull_Null(string expression)
    {
        var outcome = Sandbox.Run(expression);

        Assert.True(outcome.Success);
        Assert.Null(outcome.Value);
    }

    [Fact]
    public void Evaluate_UndefinedInsideResult_Null()
    {
        Assert.Equal("""{"a":null,"b":[null,1]}""", Sandbox.Json("({ a: undefined, b: [undefined, 1] })"));
    }

    [Fact]
    public void Evaluate_ArrayWithHoles_HolesAreNull()
    {
        Assert.Equal("[1,null,3]", Sandbox.Json("[1, , 3]"));
    }

    [Fact]
    public void Evaluate_StringsAndUnicode_RoundTrip()
    {
        Assert.Equal("幸福社区 ✓ \"q\"", Sandbox.Value("form.name + ' ✓ \"q\"'", """{"form":{"name":"幸福社区"}}""")!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_DateResult_IsoString()
    {
        Assert.Equal("\"2024-12-31T16:00:00.000Z\"", Sandbox.Json("new Date('2025-01-01T00:00:00+08:00')"));
    }

    [Fact]
    public void Evaluate_ClassInstanceResult_OwnFields()
    {
        Assert.Equal("""{"x":1}""", Sandbox.Json("class P { constructor() { this.x = 1; } get y() { return 2; } } return new P();", kind: RuleSourceKind.Body));
    }

    [Theory]
    [InlineData("() => 1")]
    [InlineData("({ f() { return 1; } })")]
    [InlineData("Symbol('s')")]
    [InlineData("[Symbol.iterator]")]
    [InlineData("0 / 0")]
    [InlineData("({ x: 1 / 0 })")]
    [InlineData("10n")]
    [InlineData("new Map([[1, 2]])")]
    [InlineData("/re/")]
    [InlineData("new Date(NaN)")]
    [InlineData("Promise.resolve(1)")]
    [InlineData("new Proxy({}, {})")]
    [InlineData("({ get x() { return 1; } })")]
    [InlineData("Object.defineProperty([], 0, { get() { return 1; }, enumerable: true })")]
    public void Evaluate_ResultWithoutJsonForm_ResultError(string expression)
    {
        var error = Sandbox.Failure(Sandbox.Run(expression));

        Assert.Equal(RuleErrorCodes.Result, error.Code);
        Assert.StartsWith("规则结果无法转换为 JSON", error.MessageZh, StringComparison.Ordinal);
        Assert.StartsWith("Rule result cannot be converted to JSON", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ResultError_SaysWhere()
    {
        var error = Sandbox.Failure(Sandbox.Run("({ state: { list: [1, () => 2] } })"));

        Assert.Contains(".state.list[1]", error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CyclicResult_ResultError()
    {
        var error = Sandbox.Failure(Sandbox.Body("const a = {}; a.self = a; return a;"));

        Assert.Equal(RuleErrorCodes.Result, error.Code);
    }

    [Fact]
    public void Evaluate_ThrownError_RuntimeWithPositionOfTheError()
    {
        var error = Sandbox.Failure(Sandbox.Body("const x = 1;\nif (x) {\n  throw new RangeError('too small');\n}"));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(9, error.Column);
        Assert.Equal("规则运行出错（第 3 行第 9 列）：RangeError: too small", error.MessageZh);
        Assert.Equal("Rule failed at line 3, column 9: RangeError: too small", error.MessageEn);
    }

    [Fact]
    public void Evaluate_TypeErrorOnFirstLine_ColumnIsInRuleText()
    {
        var error = Sandbox.Failure(Sandbox.Run("form.missing.deeper", """{"form":{}}"""));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
        Assert.Equal(1, error.Line);
        Assert.Equal(14, error.Column);
        Assert.Contains("deeper", error.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("throw 'plain text'", "plain text")]
    [InlineData("throw 42", "42")]
    [InlineData("throw { message: 'custom' }", "custom")]
    public void Evaluate_ThrownNonError_MessageKept(string body, string expected)
    {
        var error = Sandbox.Failure(Sandbox.Body(body));

        Assert.Equal(RuleErrorCodes.Runtime, error.Code);
        Assert.Contains(expected, error.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NullRule_FailsWithoutThrowing()
    {
        var outcome = Sandbox.Shared.Evaluate(null!, []);

        Assert.Equal(RuleErrorCodes.Runtime, Sandbox.Failure(outcome).Code);
    }

    [Fact]
    public void Evaluate_NullInput_TreatedAsEmpty()
    {
        var outcome = Sandbox.Shared.Evaluate(Sandbox.Compile("typeof form"), (JsonObject)null!);
        var fromParts = Sandbox.Shared.Evaluate(Sandbox.Compile("typeof form"), (RuleArguments)null!);

        Assert.Equal("\"undefined\"", outcome.Value!.ToJsonString());
        Assert.Equal("\"undefined\"", fromParts.Value!.ToJsonString());
    }

    [Fact]
    public void Evaluate_VeryDeepInput_RuntimeError()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);
        var input = new JsonObject { ["form"] = JsonNode.Parse(json, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 500 }) };

        var outcome = Sandbox.Shared.Evaluate(Sandbox.Compile("form.a"), input);

        Assert.Equal(RuleErrorCodes.Runtime, Sandbox.Failure(outcome).Code);
    }

    [Fact]
    public void Evaluate_UnreadInputs_NotConverted()
    {
        var tooDeep = string.Concat(Enumerable.Repeat("[", 200)) + new string(']', 200);
        var input = new JsonObject
        {
            ["form"] = new JsonObject { ["a"] = 1 },
            ["units"] = JsonNode.Parse(tooDeep, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 500 }),
        };

        var outcome = Sandbox.Shared.Evaluate(Sandbox.Compile("form.a"), input);

        Assert.True(outcome.Success, outcome.Error?.MessageEn);
    }

    [Fact]
    public void Evaluate_ArgumentsObject_SeesAllInputs()
    {
        Assert.Equal("1", Sandbox.Json("return arguments[4].a;", """{"form":{"a":1}}""", RuleSourceKind.Body));
    }

    [Theory]
    [InlineData("form.valueOf().rooms")]
    [InlineData("form.hasOwnProperty('rooms') ? 3 : 0")]
    [InlineData("Object.keys(form).length + 1")]
    [InlineData("form[['ro', 'oms'].join('')]")]
    [InlineData("(f => f.rooms)(form)")]
    [InlineData("({ ...form }).rooms")]
    [InlineData("Object.entries(form).length + 1")]
    [InlineData("'rooms' in form ? 3 : 0")]
    public void Evaluate_InputReadIndirectly_SeesEveryMember(string expression)
    {
        Assert.Equal("3", Sandbox.Json(expression, """{"form":{"area":1,"rooms":3}}"""));
    }

    [Fact]
    public void Evaluate_InputReadIndirectlyInBody_SeesEveryMember()
    {
        Assert.Equal("""["area","rooms"]""", Sandbox.Json("const out = []; for (const k in form) out.push(k); return out;", """{"form":{"area":1,"rooms":3}}""", RuleSourceKind.Body));
        Assert.Equal("2", Sandbox.Json("return Object.keys(arguments[4]).length;", """{"form":{"area":1,"rooms":3}}""", RuleSourceKind.Body));
    }

    [Fact]
    public void Evaluate_InputReadByName_NamedMembersCorrect()
    {
        Assert.Equal("""[1,null,{"x":[1]}]""", Sandbox.Json("[form.area, form.missing ?? null, form.nested]", """{"form":{"area":1,"rooms":3,"nested":{"x":[1]}}}"""));
    }

    [Fact]
    public void Evaluate_ProtoKeyInInput_IsPlainData()
    {
        Assert.Equal("""[1,true]""", Sandbox.Json("[form['__proto__'].x, Object.getPrototypeOf(form) === Object.prototype]", """{"form":{"__proto__":{"x":1}}}"""));
    }
}
