using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Runtime.Simulation;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Simulation;

public sealed class SimulatorTests
{
    private static SimulationScript Script(int? seed = null)
    {
        var script = SimulationScriptReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "governance.script.json")), out var errors);
        Assert.Empty(errors);
        return seed is { } s ? script! with { Seed = s } : script!;
    }

    private static SimulationTimeline Simulate(SimulationScript script, SimulationStep step = SimulationStep.Day) =>
        new Simulator().Run(TestFiles.GovernanceProgramme, TestFiles.GovernanceOrg(), script, new SimulationOptions("city", new LocalDate(2014, 2, 1), new LocalDate(2017, 4, 30), step));

    [Fact]
    public void Run_SameSeed_GivesIdenticalTimelineJson()
    {
        var first = TimelineJson.Write(Simulate(Script()));
        var second = TimelineJson.Write(Simulate(Script()));

        Assert.Equal(first, second);
        Assert.NotEqual(first, TimelineJson.Write(Simulate(Script(seed: 8))));
    }

    /// <summary>
    /// The golden trace: any change in the runtime's semantics shows as a diff of this file in review.
    /// Regenerate with <c>WORKFLOWS_UPDATE_GOLDEN=1 dotnet test</c> after checking the change is intended.
    /// </summary>
    [Fact]
    public void Run_GovernanceProgramme_MatchesTheGoldenTimeline()
    {
        var actual = TimelineJson.Write(Simulate(Script())).ReplaceLineEndings("\n") + "\n";
        if (Environment.GetEnvironmentVariable("WORKFLOWS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(TestFiles.SourceTestData, "governance.timeline.json"), actual);
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "governance.timeline.json")).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Run_GovernanceProgramme_ReportsPhasesTasksReviewsAndMetrics()
    {
        var timeline = Simulate(Script());

        Assert.Equal("Completed", timeline.Status);
        Assert.Equal("2017-04-01", timeline.CompletedAt);
        Assert.Equal(new[] { ("publicity", "2014-03-01", "2014-06-01"), ("exploration", "2014-06-01", "2015-07-01"), ("consolidation", "2015-07-01", "2017-04-01") },
            timeline.Phases.Select(p => (p.Phase, p.Entered!, p.Exited!)));
        var march = timeline.Months.Single(m => m.Month == "2014-03");
        Assert.Equal(3, march.TasksCreated["community"]);
        var june = timeline.Months.Single(m => m.Month == "2014-06");
        Assert.Equal(5, june.TasksCreated["grid"]);
        Assert.Equal(2, june.TasksCreated["community"]);
        Assert.True(timeline.Months.Sum(m => m.Overdue) > 0);
        Assert.True(timeline.Months.Sum(m => m.Returned) > 0);
        Assert.Contains(timeline.StateChanges, c => c.Unit == "c1" && c.After.Contains("\"starLevel\":5", StringComparison.Ordinal));
        Assert.Empty(timeline.RuleFailures);
        Assert.True(timeline.FinalMetrics["threeStarShare"].Met);
        Assert.Equal(timeline.Months.Count, TimelineCsv.Write(timeline).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Contains("consolidation", TimelineText.Write(timeline), StringComparison.Ordinal);
    }

    /// <summary>
    /// The script decides each level 3 days after it is asked; <c>mobilise</c> (2014) gives each level 2 days, the
    /// assessment (2015 on) sets no limit. So every 2014 decision follows its level's overdue, and later ones none.
    /// </summary>
    [Fact]
    public void Run_ReviewsSlowerThanTheirWithin_CountsReviewsOverdueInTheMonthTheyRanOut()
    {
        var programme = TestFiles.GovernanceProgrammeWith(d =>
        {
            d["tasks"]!["mobilise"]!["review"]![0]!["within"] = "P2D";
            d["tasks"]!["mobilise"]!["review"]![1]!["within"] = "P2D";
        });
        var timeline = new Simulator().Run(programme, TestFiles.GovernanceOrg(), Script(), new SimulationOptions("city", new LocalDate(2014, 2, 1), new LocalDate(2017, 4, 30)));

        var (first, later) = (timeline.Months.Where(m => m.Month.StartsWith("2014", StringComparison.Ordinal)).ToList(), timeline.Months.Where(m => !m.Month.StartsWith("2014", StringComparison.Ordinal)).ToList());
        Assert.True(first.Sum(m => m.ReviewsOverdue) > 0);
        Assert.Equal(first.Sum(m => m.Approved + m.Returned), first.Sum(m => m.ReviewsOverdue));
        Assert.True(later.Sum(m => m.Approved) > 0);
        Assert.Equal(0, later.Sum(m => m.ReviewsOverdue));
        var march = timeline.Months.Single(m => m.Month == "2014-03");
        Assert.Equal(march.ReviewsOverdue, TimelineJson.ToNode(timeline)["months"]!.AsArray().Single(m => (string)m!["month"]! == "2014-03")!["reviewsOverdue"]!.GetValue<int>());
        Assert.Contains(",reviews_overdue,", TimelineCsv.Write(timeline), StringComparison.Ordinal);
    }

    /// <summary>
    /// recordScore writes the submitted score into the community's state when an assessment completes, so the state
    /// changes show which data each submission carried: 2016's rounds per year, resubmissions after a return their own.
    /// </summary>
    [Fact]
    public void Run_DataByYearAndResubmitData_SubmittedWhereTheyApply()
    {
        var script = SimulationScriptReader.Read(
            """
            {"seed": 7,
             "defaults": {"submit": {"afterDays": 10}, "data": {"summary": "按计划完成"}, "review": {"approve": 1, "afterDays": 3}},
             "tasks": {"assessment": {"submit": {"afterDays": 20}, "data": {"score": 70},
                                      "dataByYear": {"2016": {"score": 81}},
                                      "resubmitData": {"score": 64},
                                      "review": {"approve": 0.6, "afterDays": 5}}}}
            """,
            out var errors)!;
        Assert.Empty(errors);

        var timeline = Simulate(script);

        var scores = timeline.StateChanges
            .Where(c => c.After.Contains("\"score\"", StringComparison.Ordinal))
            .Select(c => (Year: c.At[..4], Score: JsonNode.Parse(c.After)!["score"]!.GetValue<int>()))
            .ToList();
        Assert.Contains(scores, s => s is { Year: "2016", Score: 81 });
        Assert.Contains(scores, s => s.Score == 64);
        Assert.DoesNotContain(scores, s => s is { Year: "2016", Score: 70 });
        Assert.All(scores, s => Assert.Contains(s.Score, new[] { 70, 81, 64 }));
    }

    [Fact]
    public void Read_DataByYearNotAYear_Reported()
    {
        var script = SimulationScriptReader.Read("""{"tasks": {"x": {"dataByYear": {"16": {}, "2016": 3}, "resubmitData": []}}}""", out var errors);

        Assert.Null(script);
        Assert.Equal(["/tasks/x/dataByYear/16: expected a year such as 2015", "/tasks/x/dataByYear/2016: expected an object", "/tasks/x/resubmitData: expected an object"], errors);
    }

    [Fact]
    public void Run_NextEventStepping_ReachesTheSameMilestones()
    {
        var timeline = Simulate(Script(), SimulationStep.NextEvent);

        Assert.Equal("2017-04-01", timeline.CompletedAt);
        Assert.Equal(Simulate(Script()).Months.Sum(m => m.TasksCreated.Values.Sum()), timeline.Months.Sum(m => m.TasksCreated.Values.Sum()));
    }

    [Fact]
    public void Read_BadScript_ReportsEveryProblem()
    {
        var script = SimulationScriptReader.Read("""{"defaults": {"submit": {"probability": 2}}, "tasks": {"x": {"review": {"approve": -1}}}}""", out var errors);

        Assert.Null(script);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Run_HappyCommunityProgramme_CompletesWithoutRuleFailures()
    {
        if (TestFiles.HappyCommunityDirectory is not { } dir)
        {
            return;
        }

        var programme = TestFiles.Read(Path.Combine(dir, "programme.json"));
        var org = TestFiles.LoadOrg(Path.Combine(dir, "org.json"), programme);
        var scope = org.Units.First(u => u.Parent is null).Id;
        var timeline = new Simulator().Run(programme, org, SimulationScript.Default, new SimulationOptions(scope, new LocalDate(2014, 2, 1), new LocalDate(2017, 4, 30)));

        Assert.Equal("2017-04-01", timeline.CompletedAt);
        Assert.True(timeline.Months.Sum(m => m.TasksCreated.Values.Sum()) > 0);
    }
}
