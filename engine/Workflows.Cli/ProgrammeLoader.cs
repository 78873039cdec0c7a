using Workflows.Cli.Output;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Cli;

/// <summary>Loads a programme a command needs valid; otherwise prints why and gives the exit code to return.</summary>
public static class ProgrammeLoader
{
    public static Programme? Load(string path, CliConsole console, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(console);
        var diagnostics = new List<Diagnostic>();
        var json = InputFiles.ReadObject(path, console, diagnostics, out var readable);
        if (!readable)
        {
            exitCode = ExitCodes.Usage;
            return null;
        }

        var result = json is null ? null : new ProgrammeReader().Read(json);
        diagnostics.AddRange(result?.Diagnostics.Select(d => d with { File = path }) ?? []);
        if (result?.Programme is null || diagnostics.Count > 0)
        {
            console.Error.WriteLine($"✗ {path}: 方案无效 / the programme is invalid");
            DiagnosticPrinter.PrintText(console.Error, diagnostics);
            exitCode = ExitCodes.Invalid;
            return null;
        }

        exitCode = ExitCodes.Ok;
        return result.Programme;
    }
}
