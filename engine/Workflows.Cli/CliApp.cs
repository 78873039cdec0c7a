using System.CommandLine;
using Workflows.Cli.Commands;

namespace Workflows.Cli;

/// <summary>The <c>workflows</c> command line; <see cref="Run"/> takes its writers so tests run it in-process.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var console = new CliConsole(output, error);
        var root = new RootCommand("workflows — 治理方案引擎：校验、运行规则、检查表单、计算采用方案、模拟 / validate, evaluate, check forms, compute adoptions, simulate")
        {
            ValidateCommand.Create(console),
            EvalCommand.Create(console),
            CheckFormCommand.Create(console),
            EffectiveCommand.Create(console),
            SimulateCommand.Create(console),
        };

        // `--input @file` is ours (JSON from a file), not a response file of extra arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                error.WriteLine(e.Message);
            }

            error.WriteLine("用法见 / see: workflows --help");
            return ExitCodes.Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
