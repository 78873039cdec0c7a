using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Workflows.Benchmarks.Fixtures;
using Workflows.Model.Definitions;
using Workflows.Runtime;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Stores;
using Workflows.Scripting;

namespace Workflows.Benchmarks;

/// <summary>
/// (a) Starting a programme of 5 phases × 20 community task templates (all five phases are entered at start, so one
/// <see cref="StartInstance"/> creates 100 tasks per community) over 1,000 and 10,000 communities, in memory. Per-task
/// time and allocation (OperationsPerInvoke = task count); the baseline of each size is the physical floor: the same
/// number of plain task rows appended to a <see cref="List{T}"/>.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FanOutBenchmarks
{
    private const int Phases = 5;
    private const int TemplatesPerPhase = 20;
    private const int TasksPer1K = 1_000 * Phases * TemplatesPerPhase;
    private const int TasksPer10K = 10_000 * Phases * TemplatesPerPhase;

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly RuleSandbox _sandbox = new();
    private Programme _programme = null!;
    private OrganisationDirectory _org1K = null!;
    private OrganisationDirectory _org10K = null!;
    private string[] _templates = null!;
    private string[] _units10K = null!;
    private string[] _directors10K = null!;
    private int _starts;

    [GlobalSetup]
    public void Setup()
    {
        _programme = GeneratedProgramme.FanOut(Phases, TemplatesPerPhase);
        _org1K = GeneratedOrganisation.Build(1_000, _programme);
        _org10K = GeneratedOrganisation.Build(10_000, _programme);
        _templates = _programme.Tasks.Keys.Order(StringComparer.Ordinal).ToArray();
        _units10K = Enumerable.Range(0, 10_000).Select(GeneratedOrganisation.Community).ToArray();
        _directors10K = Enumerable.Range(0, 10_000).Select(GeneratedOrganisation.Director).ToArray();

        var check = StartOn(_org1K);
        if (check != TasksPer1K)
        {
            throw new InvalidOperationException($"expected {TasksPer1K} tasks, the runtime created {check}");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = TasksPer1K)]
    [BenchmarkCategory("1k communities")]
    public int Floor_1K() => Floor(1_000);

    [Benchmark(OperationsPerInvoke = TasksPer1K)]
    [BenchmarkCategory("1k communities")]
    public int Start_1K() => StartOn(_org1K);

    [Benchmark(Baseline = true, OperationsPerInvoke = TasksPer10K)]
    [BenchmarkCategory("10k communities")]
    public int Floor_10K() => Floor(10_000);

    [Benchmark(OperationsPerInvoke = TasksPer10K)]
    [BenchmarkCategory("10k communities")]
    public int Start_10K() => StartOn(_org10K);

    private int StartOn(OrganisationDirectory org)
    {
        var store = new InMemoryRuntimeStore();
        var runtime = new WorkflowRuntime(store, org, new FixedClock(Start), _sandbox);
        var n = (++_starts).ToString(CultureInfo.InvariantCulture);
        var result = runtime.Execute(new StartInstance("i" + n, _programme, GeneratedOrganisation.City) { IdempotencyKey = "start-" + n });
        return result.Accepted ? store.TaskCount : throw new InvalidOperationException(result.ToString());
    }

    /// <summary>Raw batched inserts in memory: one row per (template, community) with a composed id, into one list.</summary>
    private int Floor(int communities)
    {
        var rows = new List<PlainTask>();
        var due = Start.AddDays(30);
        foreach (var template in _templates)
        {
            var prefix = string.Concat("i1/", template, "/1/");
            for (var c = 0; c < communities; c++)
            {
                rows.Add(new PlainTask(string.Concat(prefix, _units10K[c]), "i1", template, _units10K[c], _directors10K[c], Start, due, 0));
            }
        }

        return rows.Count;
    }
}
