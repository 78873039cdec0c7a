using System.Text.Json.Nodes;

namespace Workflows.Scripting.Tests;

/// <summary>
/// An input given as parts (<see cref="RuleArguments"/>) is the same input as its <see cref="RuleArguments.ToJsonObject"/>:
/// the same values, the same <c>undefined</c> for absent parts, the same <c>Math.random</c> draws — and the lent parts
/// are neither changed nor kept.
/// </summary>
public class RuleArgumentsTests
{
    private static readonly JsonObject Descriptor = new()
    {
        ["id"] = "comm-xingfu",
        ["type"] = "community",
        ["code"] = "XF",
        ["name"] = new JsonObject { ["zh"] = "幸福社区", ["en"] = "Xingfu" },
        ["attributes"] = new JsonObject { ["households"] = 1200 },
    };

    private static RuleArguments Arguments() => new()
    {
        Params = new JsonObject { ["minStars"] = 3, ["label"] = "三星" },
        State = new JsonObject { ["round"] = 2 },
        Unit = new RuleUnit(Descriptor, new JsonObject { ["stars"] = 0, ["certified"] = false }, new JsonObject { ["stars"] = 4 }),
        Units =
        [
            new RuleUnit(Descriptor, new JsonObject { ["stars"] = 0, ["certified"] = false }, new JsonObject { ["stars"] = 4 }),
            new RuleUnit(new JsonObject { ["id"] = "comm-anle", ["type"] = "community", ["attributes"] = new JsonObject { ["households"] = 800, ["tags"] = new JsonArray("old", "new") } }, new JsonObject { ["stars"] = 0 }, null),
        ],
        Form = new JsonObject { ["area"] = 120.5, ["rooms"] = new JsonArray(1, 2) },
        Now = "2024-06-01T00:00:00+08:00",
    };

    [Theory]
    [InlineData("unit.state.stars >= params.minStars && !unit.state.certified")]
    [InlineData("unit.attributes.households + form.rooms.length")]
    [InlineData("JSON.stringify(unit)")]
    [InlineData("Object.keys(unit.state).join(',')")]
    [InlineData("unit.name.zh + '·' + params.label + '·' + state.round")]
    [InlineData("[typeof task, typeof review, typeof units, typeof form]")]
    [InlineData("new Date().getFullYear() * 100 + new Date().getMonth()")]
    [InlineData("[Math.random(), Math.random()]")]
    [InlineData("JSON.stringify(units)")]
    [InlineData("Object.keys(unit).join() + '|' + Object.keys(units[1]).join()")]
    [InlineData("['state' in unit, 'name' in units[1], unit.hasOwnProperty('code')]")]
    [InlineData("JSON.stringify({ ...unit.name, ...units[1].attributes })")]
    [InlineData("(unit.extra = 1, JSON.stringify(unit))")]
    [InlineData("(delete units[0].code, Object.keys(units[0]).join())")]
    [InlineData("(Object.freeze(units[1]), Object.isFrozen(units[1]) && units[1].id)")]
    [InlineData("Object.entries(units[1].attributes).map(([k, v]) => k + '=' + v).join()")]
    [InlineData("units.map(u => u.state.stars).join()")]
    [InlineData("(units[0].state.stars = 9, units.map(u => u.state.stars))")]
    [InlineData("Object.getOwnPropertyNames(unit.state).length + Reflect.ownKeys(units[0]).length")]
    [InlineData("(() => { const keys = []; for (const k in units[1]) keys.push(k); return keys; })()")]
    [InlineData("Object.getPrototypeOf(units[0]) === Object.prototype && typeof unit.toString")]
    public void Evaluate_Parts_SameOutcomeAsTheJsonInput(string expression)
    {
        var rule = Sandbox.Compile(expression);
        var parts = Arguments();

        var fromParts = Sandbox.Shared.Evaluate(rule, parts);
        var fromJson = Sandbox.Shared.Evaluate(rule, parts.ToJsonObject());

        Assert.True(fromParts.Success, fromParts.Error?.MessageEn);
        Assert.True(fromJson.Success, fromJson.Error?.MessageEn);
        Assert.Equal(Sandbox.Text(fromJson.Value), Sandbox.Text(fromParts.Value));
    }

    [Fact]
    public void Evaluate_UnitState_StoredValuesOverlayDefaultsInDeclaredOrder()
    {
        var value = Sandbox.Shared.Evaluate(Sandbox.Compile("JSON.stringify(unit.state)"), Arguments());

        Assert.Equal("{\"stars\":4,\"certified\":false}", value.Value!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_Cohort_EveryUnitWithItsState()
    {
        var rule = Sandbox.Compile("units.filter(u => u.state.stars >= 3).map(u => u.id)");
        var units = new[]
        {
            new RuleUnit(new JsonObject { ["id"] = "a" }, new JsonObject { ["stars"] = 0 }, new JsonObject { ["stars"] = 3 }),
            new RuleUnit(new JsonObject { ["id"] = "b" }, new JsonObject { ["stars"] = 0 }, null),
            new RuleUnit(new JsonObject { ["id"] = "c" }, null, new JsonObject { ["stars"] = 5 }),
        };

        var outcome = Sandbox.Shared.Evaluate(rule, new RuleArguments { Units = units });

        Assert.Equal("[\"a\",\"c\"]", Sandbox.Text(outcome.Value));
    }

    [Fact]
    public void Evaluate_RuleMutatesItsInput_LentPartsUnchanged()
    {
        var rule = Sandbox.Compile("unit.state.stars = 0; unit.attributes.households = 1; params.minStars = 9; form.rooms.push(3); return true;", RuleSourceKind.Body);
        var parts = Arguments();
        var before = parts.ToJsonObject().ToJsonString();

        var outcome = Sandbox.Shared.Evaluate(rule, parts);

        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        Assert.Equal(before, parts.ToJsonObject().ToJsonString());
    }

    [Fact]
    public void Evaluate_UnitAttributesTooDeep_RefusedWhenReadAndTheNextEvaluationRuns()
    {
        JsonNode deep = new JsonObject();
        for (var i = 0; i < 200; i++)
        {
            deep = new JsonObject { ["x"] = deep };
        }

        var unit = new RuleUnit(new JsonObject { ["id"] = "u", ["attributes"] = deep }, null, null);
        var reads = Sandbox.Compile("JSON.stringify(unit.attributes).length");

        var outcome = Sandbox.Shared.Evaluate(reads, new RuleArguments { Unit = unit });
        var untouched = Sandbox.Shared.Evaluate(Sandbox.Compile("unit.id"), new RuleArguments { Unit = unit });

        Assert.Equal(RuleErrorCodes.Runtime, outcome.Error!.Code);
        Assert.Contains("128", outcome.Error.MessageEn, StringComparison.Ordinal);
        Assert.Equal("\"u\"", Sandbox.Text(untouched.Value));
    }

    [Fact]
    public void Evaluate_PartTooDeep_RefusedWithTheInputError()
    {
        JsonNode deep = new JsonObject();
        for (var i = 0; i < 200; i++)
        {
            deep = new JsonObject { ["x"] = deep };
        }

        var outcome = Sandbox.Shared.Evaluate(Sandbox.Compile("JSON.stringify(form).length"), new RuleArguments { Form = deep });

        Assert.False(outcome.Success);
        Assert.Equal(Sandbox.Shared.Evaluate(Sandbox.Compile("JSON.stringify(form).length"), new JsonObject { ["form"] = deep.DeepClone() }).Error!.Code, outcome.Error!.Code);
    }

    [Fact]
    public void Evaluate_NumbersBeyondDouble_SeenAsInfinityAsJsonParseWould()
    {
        var parsed = Sandbox.Value("[form.big === Infinity, form.small === -Infinity, form.tiny === 0]", """{"form":{"big":1e400,"small":-1e400,"tiny":1e-400}}""");
        var built = Sandbox.Shared.Evaluate(Sandbox.Compile("[typeof unit.state.n, unit.state.n + 1, unit.state.ok]"), new RuleArguments
        {
            Unit = new RuleUnit(new JsonObject { ["id"] = "u" }, null, new JsonObject { ["n"] = JsonValue.Create(41.5m), ["ok"] = JsonValue.Create(true) }),
        });

        Assert.Equal("[true,true,true]", Sandbox.Text(parsed));
        Assert.Equal("[\"number\",42.5,true]", Sandbox.Text(built.Value));
    }
}
