using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;
using Workflows.Cli.Output;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Simulation;

namespace Workflows.Cli.Commands;

/// <summary>
/// <c>workflows simulate FILE --org ORG --from DATE --until DATE [--overlay FILE]... [--responses FILE]
/// [--scope UNIT] [--format text|json|csv]</c>: runs the effective programme on a virtual clock over the
/// organisation and prints its timeline. Exit 1 when the programme, organisation or responses are invalid.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "方案文件 / programme file" };
        var org = new Option<string>("--org") { Description = "组织架构（org.json，或 units.csv 及同目录的 users.csv）/ organisation (org.json, or units.csv with users.csv beside it)", Required = true };
        var from = new Option<string>("--from") { Description = "模拟开始日期 YYYY-MM-DD / first simulated day", Required = true };
        var until = new Option<string>("--until") { Description = "模拟结束日期 YYYY-MM-DD / last simulated day", Required = true };
        var overlays = new Option<string[]>("--overlay") { Description = "采用方案，按顺序叠加 / overlays, applied in order" };
        var responses = new Option<string?>("--responses") { Description = "模拟应答脚本 / scripted responses (JSON)" };
        var scope = new Option<string?>("--scope") { Description = "实例范围单位 id（默认：组织的根单位）/ scope unit id (default: the organisation's root)" };
        var format = new Option<string>("--format") { Description = "输出格式 / output format: text | json | csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var command = new Command("simulate", "在虚拟时钟上模拟方案 / simulate a programme on a virtual clock") { file, org, from, until, overlays, responses, scope, format };
        command.SetAction(r => Run(
            new SimulateArguments(r.GetValue(file)!, r.GetValue(org)!, r.GetValue(from)!, r.GetValue(until)!, r.GetValue(overlays) ?? [], r.GetValue(responses), r.GetValue(scope), r.GetValue(format)!),
            console));
        return command;
    }

    private static int Run(SimulateArguments args, CliConsole console)
    {
        if (!Iso.TryParseDate(args.From, out var start) || !Iso.TryParseDate(args.Until, out var end) || end < start)
        {
            return console.Usage($"--from/--until 应为日期 YYYY-MM-DD，且结束不早于开始（{args.From} → {args.Until}）", $"--from/--until must be dates YYYY-MM-DD with the end not before the start ({args.From} → {args.Until})");
        }

        var programme = LoadEffective(args, console, out var exit);
        if (programme is null)
        {
            return exit;
        }

        var organisation = LoadOrganisation(args.Org, programme, console, out exit);
        if (organisation is null)
        {
            return exit;
        }

        var script = SimulationScript.Default;
        if (args.Responses is not null)
        {
            if (!InputFiles.TryReadText(args.Responses, console, out var text))
            {
                return ExitCodes.Usage;
            }

            script = SimulationScriptReader.Read(text, out var errors);
            if (script is null || errors.Count > 0)
            {
                console.Error.WriteLine($"✗ {args.Responses}: 应答脚本无效 / the responses are invalid");
                foreach (var e in errors)
                {
                    console.Error.WriteLine($"{args.Responses}: {e}");
                }

                return ExitCodes.Invalid;
            }
        }

        var scopeUnit = args.Scope ?? RootOf(organisation);
        if (scopeUnit is null)
        {
            return console.Usage("组织有多个根单位，请用 --scope 指定 / the organisation has several roots: name one with --scope", "the organisation has several root units: name one with --scope");
        }

        var options = new SimulationOptions(scopeUnit, start, end);
        var timeline = ShowsProgress(console, start, end)
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().Start(context =>
            {
                var bar = context.AddTask("模拟 / simulating", maxValue: 1);
                return new Simulator().Run(programme, organisation, script, options with { Progress = new ImmediateProgress(v => bar.Value = v) });
            })
            : new Simulator().Run(programme, organisation, script, options);
        console.Out.WriteLine(args.Format switch
        {
            "json" => TimelineJson.Write(timeline),
            "csv" => TimelineCsv.Write(timeline),
            _ => TimelineText.Write(timeline),
        });
        return ExitCodes.Ok;
    }

    private static Programme? LoadEffective(SimulateArguments args, CliConsole console, out int exit) =>
        args.Overlays.Length == 0
            ? ProgrammeLoader.Load(args.File, console, out exit)
            : EffectiveLoader.Load(args.File, args.Overlays, new Dictionary<string, JsonNode?>(), console, out exit)?.Programme;

    private static OrganisationDirectory? LoadOrganisation(string path, Programme programme, CliConsole console, out int exit)
    {
        OrganisationLoadResult result;
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var usersPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "users.csv");
            if (!InputFiles.TryReadText(path, console, out var units))
            {
                exit = ExitCodes.Usage;
                return null;
            }

            using var unitsReader = new StringReader(units);
            using var usersReader = File.Exists(usersPath) ? new StringReader(File.ReadAllText(usersPath)) : null;
            result = OrganisationCsvReader.Read(unitsReader, usersReader, programme, path, usersPath);
        }
        else
        {
            if (!InputFiles.TryReadText(path, console, out var json))
            {
                exit = ExitCodes.Usage;
                return null;
            }

            result = OrganisationJsonReader.Read(json, programme);
        }

        if (!result.Success)
        {
            console.Error.WriteLine($"✗ {path}: 组织架构无效 / the organisation is invalid");
            foreach (var e in result.Errors)
            {
                console.Error.WriteLine($"{path}: {e.Location}{(e.Line is { } line ? $" (line {line})" : "")}: {e.Code}: {e.MessageZh} / {e.MessageEn}");
            }

            exit = ExitCodes.Invalid;
            return null;
        }

        exit = ExitCodes.Ok;
        return result.Directory;
    }

    /// <summary>A bar on the terminal for runs longer than a year; never when standard error is redirected or captured.</summary>
    private static bool ShowsProgress(CliConsole console, NodaTime.LocalDate start, NodaTime.LocalDate end) =>
        ReferenceEquals(console.Error, Console.Error) && !Console.IsErrorRedirected && NodaTime.Period.Between(start, end).Years >= 1;

    private static string? RootOf(OrganisationDirectory organisation)
    {
        var roots = organisation.Units.Where(u => u.Parent is null).Take(2).ToList();
        return roots.Count == 1 ? roots[0].Id : null;
    }
}
