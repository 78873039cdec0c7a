using System.CommandLine;
using System.Text.Json.Nodes;
using Workflows.Cli.Output;
using Workflows.Model.Validation;
using Workflows.Scripting;

namespace Workflows.Cli.Commands;

/// <summary>
/// <c>workflows eval FILE RULE --input JSON</c>: runs one rule of a valid programme on the input (its <c>params</c>
/// merged over the programme's) and prints the result as JSON; exit 1 when the rule fails or the sandbox stops it.
/// </summary>
public static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "方案文件 / programme file" };
        var rule = new Argument<string>("RULE") { Description = "规则名 / rule id" };
        var input = new Option<string>("--input") { Description = "规则输入（JSON，或 @文件）/ the rule's input (JSON, or @file)", DefaultValueFactory = _ => "{}" };
        var command = new Command("eval", "在沙箱中运行一条规则 / run one rule in the sandbox") { file, rule, input };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(rule)!, r.GetValue(input)!, console));
        return command;
    }

    private static int Run(string file, string ruleId, string inputText, CliConsole console)
    {
        if (!InputFiles.TryParseInput(inputText, console, out var input))
        {
            return ExitCodes.Usage;
        }

        if (input is not JsonObject inputObject)
        {
            return console.Usage("--input 必须是 JSON 对象（如 {\"form\": {…}}）", "--input must be a JSON object (e.g. {\"form\": {…}})");
        }

        var programme = ProgrammeLoader.Load(file, console, out var exit);
        if (programme is null)
        {
            return exit;
        }

        if (!programme.Rules.TryGetValue(ruleId, out var rule))
        {
            return console.Usage($"方案中没有规则“{ruleId}”（已定义：{string.Join(", ", programme.Rules.Keys)}）", $"No rule '{ruleId}' in the programme (defined: {string.Join(", ", programme.Rules.Keys)})");
        }

        var outcome = new RuleSandbox().Evaluate(rule.Compiled, RuleInput.ForTest(inputObject, programme.ParameterValues));
        if (!outcome.Success)
        {
            var e = outcome.Error!;
            console.Error.WriteLine($"{e.Code}: {e.MessageZh} / {e.MessageEn}");
            return ExitCodes.Invalid;
        }

        DiagnosticPrinter.PrintJson(console.Out, outcome.Value ?? JsonValue.Create((string?)null) ?? (JsonNode)new JsonObject());
        return ExitCodes.Ok;
    }
}
