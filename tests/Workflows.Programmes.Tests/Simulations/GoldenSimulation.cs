using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Reading;
using Workflows.Programmes.Tests.Support;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Simulation;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>
/// One golden simulation: <c>programmes/{folder}/simulation/responses.json</c> run over the programme and its demo organisation, and
/// the timeline compared with <c>expected-timeline.json</c> beside it. Runs once per programme and is shared by its tests.
/// </summary>
public sealed class GoldenSimulation
{
    private static readonly RuleSandbox Sandbox = new();

    private GoldenSimulation(string folder, SimulationTimeline timeline)
    {
        Folder = folder;
        Timeline = timeline;
        Json = TimelineJson.Write(timeline);
        Node = JsonNode.Parse(Json)!.AsObject();
    }

    public string Folder { get; }

    public SimulationTimeline Timeline { get; }

    /// <summary>The timeline as <see cref="TimelineJson.Write"/> writes it.</summary>
    public string Json { get; }

    public JsonObject Node { get; }

    public string SimulationDirectory => Path.Combine(SeedProgramme.Root, "programmes", Folder, "simulation");

    public static GoldenSimulation Run(string folder, string scope, LocalDate from, LocalDate until)
    {
        var programmeDirectory = Path.Combine(SeedProgramme.Root, "programmes", folder);
        var read = new ProgrammeReader(Sandbox).Read(File.ReadAllText(Path.Combine(programmeDirectory, "programme.json")));
        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        var org = OrganisationJsonReader.Read(File.ReadAllText(Path.Combine(programmeDirectory, "org.json")), read.Programme);
        Assert.True(org.Success, string.Join("\n", org.Errors));
        var script = SimulationScriptReader.Read(File.ReadAllText(Path.Combine(programmeDirectory, "simulation", "responses.json")), out var errors);
        Assert.True(script is not null, string.Join("\n", errors));
        var timeline = new Simulator(Sandbox).Run(read.Programme!, org.Directory!, script!, new SimulationOptions(scope, from, until));
        return new GoldenSimulation(folder, timeline);
    }

    /// <summary>
    /// Compares the run with <c>expected-timeline.json</c>; on a difference writes <c>expected-timeline.received.json</c> beside it and
    /// fails, saying how to accept the new timeline.
    /// </summary>
    public void AssertMatchesExpected()
    {
        var expectedPath = Path.Combine(SimulationDirectory, "expected-timeline.json");
        var receivedPath = Path.Combine(SimulationDirectory, "expected-timeline.received.json");
        var expected = File.Exists(expectedPath) ? Normalise(File.ReadAllText(expectedPath)) : null;
        if (expected == Normalise(Json))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, Json);
        Assert.Fail(
            $"The simulation of {Folder} differs from {expectedPath} (first difference at line {FirstDifference(expected ?? "", Normalise(Json))}). " +
            $"The new timeline is in {receivedPath}: read it against the plan and, if it is right, accept it with " +
            $"`mv {receivedPath} {expectedPath}`.");
    }

    /// <summary>The month summary for <c>yyyy-MM</c>.</summary>
    public MonthSummary Month(string month) => Timeline.Months.Single(m => m.Month == month);

    public PhaseSpan Phase(string id) => Timeline.Phases.Single(p => p.Phase == id);

    /// <summary>Tasks created in a month for a unit type (0 when none).</summary>
    public int Created(string month, string unitType) => Month(month).TasksCreated.GetValueOrDefault(unitType);

    /// <summary>The unit state changes that touched <paramref name="variable"/>, with its value before and after.</summary>
    public IEnumerable<(string At, string Unit, JsonNode? Before, JsonNode? After)> Changes(string variable) =>
        Timeline.StateChanges
            .Where(c => c.Unit is not null)
            .Select(c => (c.At, Unit: c.Unit!, Before: JsonNode.Parse(c.Before)!.AsObject(), After: JsonNode.Parse(c.After)!.AsObject()))
            .Where(c => c.After.ContainsKey(variable))
            .Select(c => (c.At, c.Unit, c.Before[variable], c.After[variable]));

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();

    private static int FirstDifference(string a, string b)
    {
        var left = a.Split('\n');
        var right = b.Split('\n');
        var i = 0;
        while (i < left.Length && i < right.Length && left[i] == right[i])
        {
            i++;
        }

        return i + 1;
    }
}
