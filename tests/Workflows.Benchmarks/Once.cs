using System.Diagnostics;

namespace Workflows.Benchmarks;

/// <summary>
/// <c>--once simulation|cli|fanout [runs]</c>: runs one benchmark body outside BenchmarkDotNet and prints wall time and bytes
/// allocated per run, for attaching a profiler (<c>dotnet-trace collect -- dotnet …</c>). Not a measurement: the figures
/// in docs/benchmarks.md come from BenchmarkDotNet.
/// </summary>
internal static class Once
{
    public static void Run(string name, int runs)
    {
        Action body;
        switch (name)
        {
            case "simulation":
                var simulation = new SimulationBenchmarks();
                simulation.Setup();
                body = () => simulation.Simulate54321();
                break;
            case "cli":
                var cli = new CliSimulationBenchmarks();
                cli.Setup();
                body = () => cli.InProcess();
                break;
            case "fanout":
                var fanOut = new FanOutBenchmarks();
                fanOut.Setup();
                body = () => fanOut.Start_10K();
                break;
            default:
                Console.Error.WriteLine($"unknown benchmark '{name}': simulation, cli or fanout");
                return;
        }

        for (var i = 0; i < runs; i++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            body();
            watch.Stop();
            Console.WriteLine($"{name} run {i + 1}: {watch.Elapsed.TotalSeconds:F2} s, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e9:F2} GB allocated");
        }
    }
}
