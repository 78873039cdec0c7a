using System.Text.Json.Nodes;
using Workflows.Cli.Output;
using Workflows.Model.Adoption;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Cli;

/// <summary>Reads a base programme and its overlays and computes the effective programme, printing every problem when it is invalid.</summary>
public static class EffectiveLoader
{
    public static EffectiveResult? Load(string basePath, IReadOnlyList<string> overlayPaths, IReadOnlyDictionary<string, JsonNode?> sets, CliConsole console, out int exit)
    {
        ArgumentNullException.ThrowIfNull(console);
        var diagnostics = new List<Diagnostic>();
        var documents = new List<OverlayDocument>();
        foreach (var path in overlayPaths.Prepend(basePath))
        {
            var json = InputFiles.ReadObject(path, console, diagnostics, out var readable);
            if (!readable)
            {
                exit = ExitCodes.Usage;
                return null;
            }

            if (json is not null)
            {
                documents.Add(new OverlayDocument(path, json));
            }
        }

        if (diagnostics.Count == 0)
        {
            var result = new ProgrammeAdopter(new ProgrammeReader()).Compute(documents[0], documents.Skip(1).ToList(), sets);
            if (result.IsValid)
            {
                exit = ExitCodes.Ok;
                return result;
            }

            diagnostics.AddRange(result.Diagnostics);
        }

        console.Error.WriteLine("✗ 生效方案无效 / the effective programme is invalid");
        DiagnosticPrinter.PrintText(console.Error, diagnostics);
        exit = ExitCodes.Invalid;
        return null;
    }
}
