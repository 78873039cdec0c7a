using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Workflows.Benchmarks.Fixtures;
using Workflows.Cli;

namespace Workflows.Benchmarks;

/// <summary>
/// (f) <c>workflows simulate</c> end to end on the happy-community-54321 programme and the directory of (e) written as an
/// org.json of 1,000 communities, with the programme's own scripted responses, JSON timeline output: reading and
/// validating the programme, loading the directory, simulating 2014-03-01 → 2017-04-01 and writing the timeline.
/// <see cref="InProcess"/> calls <see cref="CliApp.Run"/> (warm after the first iteration); <see cref="NewProcess"/>
/// starts <c>dotnet workflows.dll</c> each time, so it also pays for the runtime's start, JIT and the schema compile.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class CliSimulationBenchmarks
{
    private string _directory = null!;
    private string[] _arguments = null!;
    private string _cli = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("workflows-bench-").FullName;
        var org = Path.Combine(_directory, "org.json");
        File.WriteAllText(org, ScaledHappyCommunityOrg.Json(File.ReadAllText(RepositoryFiles.Programme("happy-community-54321", "org.json")), SimulationBenchmarks.Communities).ToJsonString());
        _arguments =
        [
            "simulate", RepositoryFiles.Programme("happy-community-54321", "programme.json"),
            "--org", org,
            "--responses", RepositoryFiles.Programme("happy-community-54321", Path.Combine("simulation", "responses.json")),
            "--scope", ScaledHappyCommunityOrg.Street,
            "--from", "2014-03-01", "--until", "2017-04-01",
            "--format", "json",
        ];
        _cli = Path.Combine(AppContext.BaseDirectory, "workflows.dll");
        if (!File.Exists(_cli))
        {
            throw new FileNotFoundException("workflows.dll is not beside the benchmarks; build the solution first", _cli);
        }
    }

    [Benchmark]
    public int InProcess()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exit = CliApp.Run(_arguments, output, error);
        return exit == 0 && output.GetStringBuilder().Length > 0 ? output.GetStringBuilder().Length : throw new InvalidOperationException($"simulate exited {exit}: {error}");
    }

    [Benchmark]
    public int NewProcess()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(_cli);
        foreach (var argument in _arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Result.Length : throw new InvalidOperationException($"simulate exited {process.ExitCode}: {error}");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);
}
