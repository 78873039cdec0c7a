using System.CommandLine;
using System.Text.Json.Nodes;
using Workflows.Cli.Output;

namespace Workflows.Cli.Commands;

/// <summary><c>workflows check-form FILE FORM --input JSON</c>: prints the field errors as JSON; exit 0 when valid, 1 when not.</summary>
public static class CheckFormCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "方案文件 / programme file" };
        var form = new Argument<string>("FORM") { Description = "表单名 / form id" };
        var input = new Option<string>("--input") { Description = "提交的数据（JSON，或 @文件）/ the submission (JSON, or @file)", Required = true };
        var command = new Command("check-form", "按表单校验一份提交 / validate a submission against a form") { file, form, input };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(form)!, r.GetValue(input)!, console));
        return command;
    }

    private static int Run(string file, string formId, string inputText, CliConsole console)
    {
        if (!InputFiles.TryParseInput(inputText, console, out var data))
        {
            return ExitCodes.Usage;
        }

        var programme = ProgrammeLoader.Load(file, console, out var exit);
        if (programme is null)
        {
            return exit;
        }

        if (!programme.Forms.TryGetValue(formId, out var form))
        {
            return console.Usage($"方案中没有表单“{formId}”（已定义：{string.Join(", ", programme.Forms.Keys)}）", $"No form '{formId}' in the programme (defined: {string.Join(", ", programme.Forms.Keys)})");
        }

        var errors = form.Schema.Validate(data);
        var json = new JsonArray(errors.Select(e => (JsonNode)new JsonObject
        {
            ["pointer"] = e.Pointer,
            ["code"] = e.Code,
            ["message_zh"] = e.MessageZh,
            ["message_en"] = e.MessageEn,
        }).ToArray());
        DiagnosticPrinter.PrintJson(console.Out, json);
        return errors.Count == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }
}
