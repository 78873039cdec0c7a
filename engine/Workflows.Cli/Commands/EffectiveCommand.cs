using System.CommandLine;
using System.Text.Json.Nodes;
using Workflows.Model.Adoption;
using Workflows.Model.Reading;

namespace Workflows.Cli.Commands;

/// <summary>
/// <c>workflows effective BASE [--overlay FILE]... [--set name=value]...</c>: prints the effective programme
/// when it is valid; otherwise every problem, in the file that caused it, and exit 1.
/// </summary>
public static class EffectiveCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("BASE") { Description = "基础方案 / base programme" };
        var overlays = new Option<string[]>("--overlay") { Description = "采用方案，按顺序叠加 / overlays, applied in order", AllowMultipleArgumentsPerToken = false };
        var sets = new Option<string[]>("--set") { Description = "参数值 name=value / a parameter value name=value" };
        var command = new Command("effective", "计算并校验生效方案 / compute and validate the effective programme") { file, overlays, sets };
        command.SetAction(r => Run(r.GetValue(file)!, r.GetValue(overlays) ?? [], r.GetValue(sets) ?? [], console));
        return command;
    }

    private static int Run(string basePath, string[] overlayPaths, string[] setTexts, CliConsole console)
    {
        var values = new Dictionary<string, JsonNode?>();
        foreach (var set in setTexts)
        {
            var eq = set.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                return console.Usage($"--set 应为 name=value，而不是“{set}”", $"--set takes name=value, not '{set}'");
            }

            values[set[..eq]] = ProgrammeAdopter.ParseSetValue(set[(eq + 1)..]);
        }

        var result = EffectiveLoader.Load(basePath, overlayPaths, values, console, out var exit);
        if (result is not null)
        {
            console.Out.WriteLine(result.Document!.ToJsonString(WireJson.Options));
        }

        return exit;
    }
}
