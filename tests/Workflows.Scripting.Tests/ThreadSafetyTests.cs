using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Workflows.Scripting.Tests;

public class ThreadSafetyTests
{
    [Fact]
    public void Evaluate_SameRuleInParallel_EachInputGetsItsOwnResult()
    {
        var sandbox = new RuleSandbox();
        var rule = Sandbox.Compile(
            "const d = new Date(); return { id: unit.id, doubled: form.n * 2, ok: form.n >= params.min, day: d.getUTCDate(), r: Math.random() };",
            RuleSourceKind.Body,
            sandbox);
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var day = (i % 28) + 1;
            var input = new JsonObject
            {
                ["unit"] = new JsonObject { ["id"] = "u" + i.ToString(CultureInfo.InvariantCulture) },
                ["form"] = new JsonObject { ["n"] = i },
                ["params"] = new JsonObject { ["min"] = 1000 },
                ["now"] = $"2024-02-{day:00}T12:00:00Z",
            };
            var outcome = sandbox.Evaluate(rule, input);
            var value = outcome.Value as JsonObject;
            if (!outcome.Success
                || value!["id"]!.GetValue<string>() != "u" + i.ToString(CultureInfo.InvariantCulture)
                || value["doubled"]!.GetValue<long>() != i * 2L
                || value["ok"]!.GetValue<bool>() != (i >= 1000)
                || value["day"]!.GetValue<long>() != day)
            {
                failures.Add($"{i}: {outcome.Value?.ToJsonString() ?? outcome.Error?.MessageEn}");
            }
        });

        Assert.Empty(failures);
    }

    [Fact]
    public void Evaluate_HostileAndNormalRulesInParallel_NormalOnesUnaffected()
    {
        // A generous timeout so the statement limit, not a loaded machine's clock, is what stops the hostile rule.
        var sandbox = new RuleSandbox(SandboxLimits.Default with { MaxStatements = 10_000, Timeout = TimeSpan.FromSeconds(30) });
        var hostile = Sandbox.Compile("while (true) {}", RuleSourceKind.Body, sandbox);
        var normal = Sandbox.Compile("form.n + 1", RuleSourceKind.Expression, sandbox);
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            if (i % 10 == 0)
            {
                var stopped = sandbox.Evaluate(hostile, []);
                if (stopped.Error?.Code != RuleErrorCodes.Statements)
                {
                    failures.Add($"hostile {i}: {stopped.Error?.Code}");
                }

                return;
            }

            var outcome = sandbox.Evaluate(normal, new JsonObject { ["form"] = new JsonObject { ["n"] = i } });
            if (outcome.Value?.GetValue<long>() != i + 1)
            {
                failures.Add($"{i}: {outcome.Value?.ToJsonString() ?? outcome.Error?.MessageEn}");
            }
        });

        Assert.Empty(failures);
    }
}
