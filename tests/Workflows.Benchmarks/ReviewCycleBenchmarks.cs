using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Workflows.Benchmarks.Fixtures;
using Workflows.Model.Definitions;
using Workflows.Runtime;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Stores;
using Workflows.Scripting;

namespace Workflows.Benchmarks;

/// <summary>
/// (b) Submit → review (one street level) → complete cycles on an instance whose phase created one report task per
/// community (1,000 open tasks); each iteration starts a fresh instance (not measured) and runs 1,000 cycles, each a
/// <see cref="SubmitTask"/> with valid form data (validated against the form's JSON Schema) and an
/// <see cref="ApproveTask"/> by the street reviewer. Reported per cycle.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ReviewCycleBenchmarks
{
    private const int Cycles = 1_000;

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly RuleSandbox _sandbox = new();
    private Programme _programme = null!;
    private OrganisationDirectory _org = null!;
    private JsonObject _data = null!;
    private WorkflowRuntime _runtime = null!;
    private int _instances;
    private string _instance = "";

    [GlobalSetup]
    public void Setup()
    {
        _programme = GeneratedProgramme.SingleReport();
        _org = GeneratedOrganisation.Build(Cycles, _programme);
        _data = GeneratedProgramme.ReportData();
    }

    [IterationSetup]
    public void StartInstance()
    {
        var clock = new FixedClock(Start);
        _runtime = new WorkflowRuntime(new InMemoryRuntimeStore(), _org, clock, _sandbox);
        _instance = "i" + (++_instances).ToString(CultureInfo.InvariantCulture);
        var started = _runtime.Execute(new StartInstance(_instance, _programme, GeneratedOrganisation.City) { IdempotencyKey = "start-" + _instance });
        if (!started.Accepted)
        {
            throw new InvalidOperationException(started.ToString());
        }

        clock.Now = Start.AddDays(3);
    }

    [Benchmark(OperationsPerInvoke = Cycles)]
    public int SubmitReviewComplete()
    {
        var prefix = _instance + "/report/1/";
        var completed = 0;
        for (var c = 0; c < Cycles; c++)
        {
            ReportCycle.SubmitAndApprove(_runtime, prefix + GeneratedOrganisation.Community(c), c, _data);
            completed++;
        }

        return completed;
    }
}
