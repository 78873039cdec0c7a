using System.CommandLine;
using System.Text.Json;
using Workflows.Cli.Output;
using Workflows.Model.Adoption;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Cli.Commands;

/// <summary>
/// <c>workflows validate FILE... [--format text|json]</c>: exit 0 when every file is valid, 1 when any is not,
/// 2 on a usage error or an unreadable file. An overlay file is validated as the effective programme it makes
/// with its base, found as <c>programme.json</c> or <c>*.programme.json</c> in the overlay's folder or a folder above it.
/// </summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "方案或采用方案文件 / programme or overlay files" };
        var format = new Option<string>("--format") { Description = "输出格式 / output format: text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "校验方案，报告全部错误 / validate programmes and report every error") { files, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format) == "json", console));
        return command;
    }

    private static int Run(string[] files, bool json, CliConsole console)
    {
        var reader = new ProgrammeReader();
        var all = new List<Diagnostic>();
        var unreadable = false;
        foreach (var file in files)
        {
            var diagnostics = new List<Diagnostic>();
            var document = InputFiles.ReadObject(file, console, diagnostics, out var readable);
            unreadable |= !readable;
            if (document is not null)
            {
                diagnostics.AddRange(IsOverlay(document)
                    ? ValidateOverlay(file, document, reader, console, ref unreadable)
                    : reader.Read(document).Diagnostics.Select(d => d with { File = file }));
            }

            if (!json && readable)
            {
                console.Out.WriteLine(diagnostics.Count == 0 ? $"✓ {file}: 有效 / valid" : $"✗ {file}: {diagnostics.Count} 个错误 / {diagnostics.Count} error(s)");
                DiagnosticPrinter.PrintText(console.Out, diagnostics);
            }

            all.AddRange(diagnostics);
        }

        if (json)
        {
            DiagnosticPrinter.PrintJson(console.Out, DiagnosticPrinter.ToJson(all));
        }

        return unreadable ? ExitCodes.Usage : all.Count > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    private static bool IsOverlay(System.Text.Json.Nodes.JsonObject document) =>
        document["kind"] is { } kind && kind.GetValueKind() == JsonValueKind.String && kind.GetValue<string>() == "overlay";

    private static IEnumerable<Diagnostic> ValidateOverlay(string file, System.Text.Json.Nodes.JsonObject overlay, ProgrammeReader reader, CliConsole console, ref bool unreadable)
    {
        var baseId = overlay["base"]?.GetValueKind() == JsonValueKind.String ? overlay["base"]!.GetValue<string>() : null;
        var basePath = BaseLocator.Find(file, baseId);
        if (basePath is null)
        {
            return [new Diagnostic("/base", "overlay.baseNotFound", $"找不到采用方案所基于的方案“{baseId}”（在本目录或上级目录的 programme.json / *.programme.json 中查找）", $"Cannot find the base programme '{baseId}' (looked for programme.json and *.programme.json in this folder and above)") { File = file }];
        }

        var diagnostics = new List<Diagnostic>();
        var baseJson = InputFiles.ReadObject(basePath, console, diagnostics, out var readable);
        unreadable |= !readable;
        if (baseJson is null)
        {
            return diagnostics;
        }

        var result = new ProgrammeAdopter(reader).Compute(new OverlayDocument(basePath, baseJson), [new OverlayDocument(file, overlay)], new Dictionary<string, System.Text.Json.Nodes.JsonNode?>());
        return diagnostics.Concat(result.Diagnostics);
    }
}
