using System.Text.Json.Nodes;

namespace Workflows.Cli.Tests;

public class SimulateCommandTests
{
    private static readonly string Programme = CliRun.Data("facility.programme.json");
    private static readonly string Org = CliRun.Data("facility.org.json");

    [Fact]
    public void Simulate_Json_ReportsThePhaseAndOneTaskPerCommunity()
    {
        var run = CliRun.Of("simulate", Programme, "--org", Org, "--from", "2024-01-01", "--until", "2024-06-30", "--format", "json");
        Assert.True(run.ExitCode == 0, run.Error);
        var timeline = JsonNode.Parse(run.Out)!;
        var phase = Assert.Single(timeline["phases"]!.AsArray());
        Assert.Equal("check", phase!["phase"]!.GetValue<string>());
        Assert.StartsWith("2024-03-01", phase["entered"]!.GetValue<string>(), StringComparison.Ordinal);
        var march = timeline["months"]!.AsArray().Single(m => m!["month"]!.GetValue<string>() == "2024-03");
        Assert.Equal(2, march!["tasksCreated"]!["community"]!.GetValue<int>());
    }

    [Fact]
    public void Simulate_SameInputsTwice_PrintsTheSameTimeline()
    {
        string[] args = ["simulate", Programme, "--org", Org, "--from", "2024-01-01", "--until", "2024-12-31", "--format", "json"];
        Assert.Equal(CliRun.Of(args).Out, CliRun.Of(args).Out);
    }

    [Fact]
    public void Simulate_Csv_HasAHeaderAndAMonthPerLine()
    {
        var run = CliRun.Of("simulate", Programme, "--org", Org, "--from", "2024-01-01", "--until", "2024-03-31", "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2024-03", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_OrganisationWithUnknownParent_ExitsOne()
    {
        var org = CliRun.WriteTemp(File.ReadAllText(Org).Replace("\"parent\": \"s1\"", "\"parent\": \"s9\"", StringComparison.Ordinal));
        var run = CliRun.Of("simulate", Programme, "--org", org, "--from", "2024-01-01", "--until", "2024-03-31");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("s9", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-13-01", "2024-12-31")]
    [InlineData("2024-06-01", "2024-01-01")]
    public void Simulate_BadDates_ExitsTwo(string from, string until)
    {
        Assert.Equal(2, CliRun.Of("simulate", Programme, "--org", Org, "--from", from, "--until", until).ExitCode);
    }
}
