using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>五社联动 project chain: the golden run from 2023-03-01 to 2024-12-31 over Qingshan district (3 communities).</summary>
public sealed class FiveSocialLinkageSimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("five-social-linkage", "district-qingshan", new LocalDate(2023, 3, 1), new LocalDate(2024, 12, 31)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Survey_EveryMarch_OneNeedsSurveyPerCommunity()
    {
        Assert.Equal("2023-03-01", Run.Phase("linkage").Entered);
        Assert.Empty(Run.Timeline.RuleFailures);
        Assert.True(Run.Created("2023-03", "community") >= 3);
        Assert.True(Run.Created("2024-03", "community") >= 3);
        Assert.All(Run.Timeline.Months.Where(m => m.Month is "2023-10" or "2023-11" or "2023-12" or "2024-01" or "2024-02"),
            m => Assert.Empty(m.TasksCreated));
    }

    [Fact]
    public void Chain_ValidProject_WalksTheFiveStepsInOrder()
    {
        string[] order = ["listed", "designed", "undertaken", "running", "volunteersJoined"];
        foreach (var community in new[] { "comm-binjiang", "comm-wanghu" })
        {
            var stages = Run.Changes("projectStage").Where(c => c.Unit == community && string.CompareOrdinal(c.At, "2024-01-01") < 0)
                .Select(c => (string)c.After!).ToList();
            Assert.Equal(order, stages.Take(5));
            Assert.Equal(6, stages.Count);
        }

        // Binjiang raises 24,000 of an 80,000 budget (≥ 30%): funded; Wanghu raises 8,000: short.
        Assert.Equal("funded", (string?)Run.Changes("projectStage").Last(c => c.Unit == "comm-binjiang" && c.At.StartsWith("2023-09", StringComparison.Ordinal)).After);
        Assert.Contains(Run.Changes("projectStage"), c => c.Unit == "comm-wanghu" && (string?)c.After == "fundingShort");
    }

    [Fact]
    public void Chain_ListsWithoutAValidProject_StopAfterTheSurvey()
    {
        Assert.Equal(["listed"], Run.Changes("projectStage").Where(c => c.Unit == "comm-gangwan").Select(c => (string)c.After!));
        Assert.Equal(2.0 / 3, Run.Timeline.FinalMetrics["needsMatched"].Value!.Value, 6);
        Assert.False(Run.Timeline.FinalMetrics["needsMatched"].Met);
    }

    [Fact]
    public void Reviews_DesignReturns_AreResubmitted()
    {
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Overdue) > 0);
        Assert.Equal(0, Run.Timeline.Months.Sum(m => m.Rejected));
    }
}
