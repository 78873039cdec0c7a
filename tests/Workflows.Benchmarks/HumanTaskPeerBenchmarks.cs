using System.Globalization;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using Workflows.Benchmarks.Fixtures;
using Workflows.Benchmarks.Peer;
using Workflows.Model.Definitions;
using Workflows.Runtime;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Stores;
using Workflows.Scripting;

namespace Workflows.Benchmarks;

/// <summary>
/// (d) A three-step human task (create → submit → approve) for <see cref="Items"/> items, end to end, on WorkflowCore
/// 3.22.0 (in-memory persistence, single-node queue, events) and on our runtime, in the same run. Per completed item.
/// <para>
/// WorkflowCore: one workflow per item (<c>StartWith</c> a create step, <c>WaitFor("submitted", key)</c>,
/// <c>WaitFor("approved", key)</c>, a final step that counts completions). The driver starts every workflow, publishes
/// every submission, then every approval (events published before the subscription exists are matched when it is made:
/// <c>WaitFor</c>'s default effective date is <c>DateTime.MinValue</c>), and waits for the last completion. Each
/// iteration gets a fresh, started host (not measured) so the in-memory provider's linear scans cover only that batch;
/// the process, and so the JIT, stays warm. No logging provider; idle time 1 ms, poll interval 10 s (the poller only
/// finds sleeping workflows, which this workflow never has); max concurrent workflows and the lifecycle-event publisher at their defaults.
/// </para>
/// <para>
/// Ours: one instance per item (scope = the item's community; its phase creates the item's task), then
/// <see cref="SubmitTask"/> (form validated) and <see cref="ApproveTask"/> by the street reviewer, one command each,
/// sequentially on one thread.
/// </para>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class HumanTaskPeerBenchmarks
{
    public const int Items = 1_000;

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 1, 0, 0, TimeSpan.Zero);

    private readonly RuleSandbox _sandbox = new();
    private readonly CompletionCounter _counter = new();
    private Programme _programme = null!;
    private OrganisationDirectory _org = null!;
    private JsonObject _data = null!;
    private WorkflowRuntime _runtime = null!;
    private ServiceProvider? _services;
    private IWorkflowHost _host = null!;
    private string[] _keys = null!;
    private int _batch;

    [GlobalSetup]
    public void Setup()
    {
        _programme = GeneratedProgramme.SingleReport();
        _org = GeneratedOrganisation.Build(Items, _programme);
        _data = GeneratedProgramme.ReportData();
    }

    [IterationSetup(Target = nameof(WorkflowCore))]
    public void StartHost()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_counter);
        services.AddTransient<CreateTaskStep>();
        services.AddTransient<CompleteTaskStep>();
        services.AddWorkflow(options =>
        {
            options.UseIdleTime(TimeSpan.FromMilliseconds(1));
            options.UsePollInterval(TimeSpan.FromSeconds(10));
        });
        _services = services.BuildServiceProvider();
        _host = _services.GetRequiredService<IWorkflowHost>();
        _host.RegisterWorkflow<HumanTaskWorkflow, HumanTaskData>();
        _host.Start();
        _batch++;
        _keys = Enumerable.Range(0, Items).Select(i => string.Concat("b", _batch.ToString(CultureInfo.InvariantCulture), "-", i.ToString(CultureInfo.InvariantCulture))).ToArray();
        _counter.Reset(Items);
    }

    [IterationCleanup(Target = nameof(WorkflowCore))]
    public void StopHost()
    {
        _host.Stop();
        _services?.Dispose();
        _services = null;
    }

    [IterationSetup(Target = nameof(Ours))]
    public void NewRuntime()
    {
        _runtime = new WorkflowRuntime(new InMemoryRuntimeStore(), _org, new FixedClock(Start), _sandbox);
        _batch++;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items)]
    public async Task<int> WorkflowCore()
    {
        var starts = new Task<string>[Items];
        for (var i = 0; i < Items; i++)
        {
            starts[i] = _host.StartWorkflow("human-task", 1, new HumanTaskData { Key = _keys[i], Assignee = GeneratedOrganisation.Director(i) });
        }

        await Task.WhenAll(starts).ConfigureAwait(false);
        var events = new Task[Items];
        for (var i = 0; i < Items; i++)
        {
            events[i] = _host.PublishEvent(HumanTaskWorkflow.SubmittedEvent, _keys[i], _data);
        }

        await Task.WhenAll(events).ConfigureAwait(false);
        for (var i = 0; i < Items; i++)
        {
            events[i] = _host.PublishEvent(HumanTaskWorkflow.ApprovedEvent, _keys[i], "同意");
        }

        await Task.WhenAll(events).ConfigureAwait(false);
        await _counter.All.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        return Items;
    }

    [Benchmark(OperationsPerInvoke = Items)]
    public int Ours()
    {
        var batch = "b" + _batch.ToString(CultureInfo.InvariantCulture) + "-";
        for (var i = 0; i < Items; i++)
        {
            var instance = batch + i.ToString(CultureInfo.InvariantCulture);
            var unit = GeneratedOrganisation.Community(i);
            var task = instance + "/report/1/" + unit;
            var created = _runtime.Execute(new StartInstance(instance, _programme, unit) { IdempotencyKey = "create:" + instance });
            if (!created.Accepted)
            {
                throw new InvalidOperationException($"{task}: create {created}");
            }

            ReportCycle.SubmitAndApprove(_runtime, task, i, _data);
        }

        return Items;
    }
}
