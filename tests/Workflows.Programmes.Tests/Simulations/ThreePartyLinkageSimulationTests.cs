using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>三方联动 joint meeting: the golden run over 2024 in Xinhe street (three of five neighbourhoods have all three parties).</summary>
public sealed class ThreePartyLinkageSimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("three-party-linkage", "street-xinhe", new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Meetings_Monthly_OnlyWhereAllThreePartiesExist()
    {
        Assert.Equal("2024-01-01", Run.Phase("linkage").Entered);
        Assert.Empty(Run.Timeline.RuleFailures);

        // January: 3 meetings and, once reviewed, 6 follow-ups (丽景 2, 锦绣 1, 星光 3).
        Assert.Equal(9, Run.Created("2024-01", "neighbourhood"));
        Assert.All(Run.Timeline.Months, m => Assert.True(m.TasksCreated.GetValueOrDefault("neighbourhood") >= 3, m.Month));
        Assert.Equal(["nb-jinxiu", "nb-lijing", "nb-xingguang"], Run.Changes("lastMeetingOn").Select(c => c.Unit).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(Run.Timeline.StateChanges, c => c.Unit is "nb-fangzhi" or "nb-laojie");
    }

    [Fact]
    public void FollowUps_RoutedOnlyToThePartiesGivenDecisions()
    {
        Assert.All(Run.Timeline.StateChanges.Where(c => c.Unit == "nb-jinxiu"),
            c => Assert.DoesNotContain("Committee\"", c.After.Replace("pendingResidentsCommittee", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.DoesNotContain(Run.Changes("pendingResidentsCommittee"), c => c.Unit == "nb-lijing");
        Assert.Contains(Run.Changes("pendingPropertyCompany"), c => c.Unit == "nb-xingguang" && c.After!.GetValue<int>() == 0);

        // 丽景's lift repair waits for a part: its property-company follow-up stays open.
        Assert.Equal(1, Run.Changes("pendingPropertyCompany").Last(c => c.Unit == "nb-lijing").After!.GetValue<int>());
        Assert.Equal(1.0, Run.Timeline.FinalMetrics["openFollowUps"].Value);
    }

    [Fact]
    public void Reviews_ReturnsAndLateMeetings_ShowInTheMonths()
    {
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Overdue) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Escalated) > 0);
        Assert.Equal(0, Run.Timeline.Months.Sum(m => m.Rejected));
        Assert.False(Run.Timeline.FinalMetrics["meetingsOnTime"].Met);
    }
}
