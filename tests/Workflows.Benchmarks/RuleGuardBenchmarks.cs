using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using Workflows.Scripting;

namespace Workflows.Benchmarks;

/// <summary>
/// (c) One rule guard, prepared once, evaluated over realistic inputs: the input object carries everything the engine
/// passes a unit rule (params, state, unit with attributes, form, task, now), of which the rule reads form and params.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RuleGuardBenchmarks
{
    public const string Guard = "form.roomArea >= params.minRoomArea && form.residentShare >= params.minResidentShare";

    private readonly RuleSandbox _sandbox = new();
    private CompiledRule _rule = null!;
    private JsonObject _input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var compiled = _sandbox.Compile(Guard, RuleSourceKind.Expression);
        _rule = compiled.Success ? compiled.Rule : throw new InvalidOperationException(compiled.Error.ToString());
        _input = new JsonObject
        {
            ["params"] = new JsonObject { ["minRoomArea"] = 500, ["minResidentShare"] = 0.75, ["targetYear"] = 2025, ["reratingPeriod"] = "P3Y" },
            ["state"] = new JsonObject { ["round"] = 2 },
            ["unit"] = new JsonObject
            {
                ["id"] = "comm-xingfu",
                ["type"] = "community",
                ["code"] = "XH-XF",
                ["name"] = "幸福社区",
                ["attributes"] = new JsonObject { ["households"] = 578, ["population"] = 1618 },
                ["state"] = new JsonObject { ["starLevel"] = 3, ["certified"] = false },
            },
            ["form"] = new JsonObject { ["roomArea"] = 620, ["residentShare"] = 0.8, ["notes"] = "社区服务中心二楼改造完成" },
            ["task"] = new JsonObject { ["template"] = "premises", ["unit"] = "comm-xingfu", ["createdAt"] = "2026-03-01T09:00:00+08:00", ["round"] = 1 },
            ["now"] = "2026-03-05T09:00:00+08:00",
        };

        if (Evaluate() is not true)
        {
            throw new InvalidOperationException("the guard should hold for the sample input");
        }
    }

    [Benchmark]
    public bool? Evaluate()
    {
        var outcome = _sandbox.Evaluate(_rule, _input);
        return outcome.Success && outcome.Value is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;
    }
}
