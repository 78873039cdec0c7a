using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Scripting;

namespace Workflows.Model.Validation;

/// <summary>
/// Prepares every rule once (syntax errors are reported with line and column), checks what it refers to,
/// runs its embedded tests, and checks that every <c>form.x</c> it reads exists in the forms it is used with.
/// </summary>
internal static class RuleBinder
{
    public static FrozenDictionary<string, Rule> Bind(BindingContext ctx, RuleSandbox sandbox, IReadOnlyDictionary<string, Form> forms, JsonObject parameterValues)
    {
        var formsUsedWith = FormsUsedWithRules(ctx);
        var result = new Dictionary<string, Rule>();
        foreach (var (id, wire) in ctx.Wire.Rules ?? [])
        {
            var at = Pointer.Of("rules", id);
            var scope = wire.Scope switch
            {
                "cohort" => RuleScope.Cohort,
                "instance" => RuleScope.Instance,
                _ => RuleScope.Unit,
            };
            if (wire.UnitType is not null)
            {
                ctx.Resolve(wire.UnitType, ctx.Wire.UnitTypes, Pointer.Append(at, "unitType"), ReferenceKind.UnitType);
            }
            else if (scope == RuleScope.Cohort)
            {
                ctx.Error(at, "rule.cohortUnitType", $"群体规则“{id}”必须用 unitType 指明对哪类单位排名或配额", $"Cohort rule '{id}' must name the unitType it ranks or apportions");
            }

            if (wire.Form is not null)
            {
                ctx.Resolve(wire.Form, ctx.Wire.Forms, Pointer.Append(at, "form"), ReferenceKind.Form);
            }

            var (source, kind, member) = wire.Expression is not null
                ? (wire.Expression, RuleSourceKind.Expression, "expression")
                : (wire.Body, RuleSourceKind.Body, "body");
            if (source is null)
            {
                continue; // the schema requires one of the two
            }

            var compilation = sandbox.Compile(source, kind);
            if (!compilation.Success || compilation.Rule is null)
            {
                var e = compilation.Error!;
                ctx.Error(Pointer.Append(at, member), e.Code, e.MessageZh, e.MessageEn);
                continue;
            }

            var compiled = compilation.Rule;
            foreach (var name in compiled.UnknownNames.Order(StringComparer.Ordinal))
            {
                ctx.Error(
                    Pointer.Append(at, member),
                    "rule.unknownName",
                    $"规则“{id}”使用了未定义的名称“{name}”（规则可用：params、state、unit、units、form、task、review、now）",
                    $"Rule '{id}' uses an undefined name '{name}' (a rule sees params, state, unit, units, form, task, review and now)");
            }

            CheckFormFields(ctx, id, compiled, Pointer.Append(at, member), wire.Form, formsUsedWith.GetValueOrDefault(id), forms);
            RunTests(ctx, id, wire.Tests ?? [], sandbox, compiled, parameterValues);
            result[id] = new Rule(id, scope, wire.UnitType, wire.Form, compiled, BindingContext.TextOf(wire.Description));
        }

        return result.ToFrozenDictionary();
    }

    private static void CheckFormFields(BindingContext ctx, string id, CompiledRule compiled, string pointer, string? declared, HashSet<string>? usedWith, IReadOnlyDictionary<string, Form> forms)
    {
        var read = compiled.ReadMembersOf("form");
        if (read.Count == 0)
        {
            return;
        }

        var formIds = declared is not null ? [declared] : usedWith ?? [];
        foreach (var formId in formIds)
        {
            if (!forms.TryGetValue(formId, out var form))
            {
                continue;
            }

            foreach (var field in read.Order(StringComparer.Ordinal))
            {
                if (!form.Schema.TopLevelFields.Contains(field))
                {
                    ctx.Error(pointer, "rule.formField", $"规则“{id}”读取 form.{field}，但表单“{formId}”没有该字段", $"Rule '{id}' reads form.{field}, but form '{formId}' has no such field");
                }
            }
        }
    }

    private static void RunTests(BindingContext ctx, string id, List<Wire.RuleTestV1> tests, RuleSandbox sandbox, CompiledRule compiled, JsonObject parameterValues)
    {
        for (var i = 0; i < tests.Count; i++)
        {
            var test = tests[i];
            var at = Pointer.Of("rules", id, "tests", i);
            var input = RuleInput.ForTest(test.Input, parameterValues);
            var outcome = sandbox.Evaluate(compiled, input);
            var name = test.Name ?? $"#{i + 1}";
            if (!outcome.Success)
            {
                var e = outcome.Error!;
                ctx.Error(at, "rule.testError", $"规则“{id}”的测试“{name}”运行出错：{e.MessageZh}", $"Test '{name}' of rule '{id}' failed to run: {e.MessageEn}");
            }
            else if (!JsonEquivalence.AreEquivalent(outcome.Value, test.Expect))
            {
                ctx.Error(
                    Pointer.Append(at, "expect"),
                    "rule.testFailed",
                    $"规则“{id}”的测试“{name}”未通过：期望 {ValueChecker.Show(test.Expect)}，实际 {ValueChecker.Show(outcome.Value)}",
                    $"Test '{name}' of rule '{id}' failed: expected {ValueChecker.Show(test.Expect)}, got {ValueChecker.Show(outcome.Value)}");
            }
        }
    }

    /// <summary>Rules without a declared form read the form of the task templates that use them.</summary>
    private static Dictionary<string, HashSet<string>> FormsUsedWithRules(BindingContext ctx)
    {
        var map = new Dictionary<string, HashSet<string>>();
        foreach (var task in ctx.TaskWires.Values)
        {
            if (task.Form is null)
            {
                continue;
            }

            var rules = new List<string?> { task.When, task.Due?.Rule };
            rules.AddRange((task.Review ?? []).Select(r => r.When));
            rules.AddRange((task.OnComplete ?? []).Select(a => a.RunRule));
            foreach (var rule in rules.OfType<string>())
            {
                if (!map.TryGetValue(rule, out var set))
                {
                    map[rule] = set = [];
                }

                set.Add(task.Form);
            }
        }

        return map;
    }
}
