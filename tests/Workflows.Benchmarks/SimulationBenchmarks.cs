using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using Workflows.Benchmarks.Fixtures;
using Workflows.Model.Definitions;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Simulation;
using Workflows.Scripting;

namespace Workflows.Benchmarks;

/// <summary>
/// (e) Simulating the happy-community-54321 programme over its three years (2014-03-01 → 2017-04-01, daily steps, the
/// default response timing with valid form data per template) for the street with 1,000 communities: the example directory's three communities copied
/// with their neighbourhoods, grids, buildings, entrances and users (<see cref="ScaledHappyCommunityOrg"/>). One run per
/// iteration.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class SimulationBenchmarks
{
    public const int Communities = 1_000;

    private Programme _programme = null!;
    private OrganisationDirectory _org = null!;
    private Simulator _simulator = null!;
    private SimulationScript _script = null!;
    private SimulationTimeline? _last;

    [GlobalSetup]
    public void Setup()
    {
        var sandbox = new RuleSandbox();
        _programme = GeneratedProgramme.Read(File.ReadAllText(RepositoryFiles.Programme("happy-community-54321", "programme.json")));
        _org = ScaledHappyCommunityOrg.Build(File.ReadAllText(RepositoryFiles.Programme("happy-community-54321", "org.json")), Communities, _programme);
        _simulator = new Simulator(sandbox);
        _script = ScriptWithValidData(_programme);
    }

    [Benchmark]
    public SimulationTimeline Simulate54321()
    {
        var options = new SimulationOptions(ScaledHappyCommunityOrg.Street, new LocalDate(2014, 3, 1), new LocalDate(2017, 4, 1));
        _last = _simulator.Run(_programme, _org, _script, options);
        return _last;
    }

    /// <summary>
    /// The default response timing (submit after 7 days, approve after 2) with, for each template, a submission its form
    /// accepts (<see cref="SampleFormData"/>): the default script submits empty data, which every form here rejects.
    /// </summary>
    private static SimulationScript ScriptWithValidData(Programme programme)
    {
        var rules = new Dictionary<string, ResponseRule>(StringComparer.Ordinal);
        foreach (var template in programme.Tasks.Values)
        {
            if (template.Form is { } formId && programme.Forms.TryGetValue(formId, out var form))
            {
                var data = SampleFormData.For(form);
                var errors = form.Schema.Validate(data);
                if (errors.Count > 0)
                {
                    Console.WriteLine($"// simulation: sample data for {template.Id} ({formId}) is invalid: {string.Join("; ", errors.Select(e => e.Pointer + " " + e.Code))}");
                }

                rules[template.Id] = new ResponseRule(null, data, new Dictionary<string, JsonObject>(), null);
            }
        }

        return SimulationScript.Default with { Tasks = rules };
    }

    /// <summary>Prints what the last run did, so a result can be checked for sense (the timeline itself is not kept).</summary>
    [GlobalCleanup]
    public void Report()
    {
        if (_last is { } t)
        {
            var created = t.Months.Sum(m => m.TasksCreated.Values.Sum());
            Console.WriteLine(
                $"// simulation: {_org.Units.Count} units, {_org.Users.Count} users; status {t.Status}; {t.Phases.Count} phase spans; {t.Months.Count} months; "
                + $"tasks created {created}, submitted {t.Months.Sum(m => m.Submitted)}, rejected {t.Months.Sum(m => m.Rejected)}, completed {t.Months.Sum(m => m.Completed)}, overdue {t.Months.Sum(m => m.Overdue)}");
        }
    }
}
