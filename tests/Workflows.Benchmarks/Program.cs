using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Workflows.Benchmarks;

internal static class Program
{
    /// <summary>
    /// Runs the benchmarks in this process (in-process emit toolchain): building BenchmarkDotNet's generated project
    /// rebuilds the whole engine per job and exceeds its build timeout on this 2-core machine. Every job declared by an
    /// attribute inherits the toolchain from the default job. The median is always shown: this machine is shared and noisy. <c>--out-of-process</c> restores the usual separate process.
    /// </summary>
    private static void Main(string[] args)
    {
        if (args is ["--once", var name, ..])
        {
            Once.Run(name, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
            return;
        }

        var outOfProcess = args.Contains("--out-of-process", StringComparer.Ordinal);
        IConfig config = DefaultConfig.Instance.AddColumn(StatisticColumn.Median);
        config = outOfProcess
            ? ManualConfig.Create(config).WithBuildTimeout(TimeSpan.FromMinutes(15))
            : config.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--out-of-process").ToArray(), config);
    }
}
