using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>篇五 "54321": the golden run from 2014-03-01 to 2017-04-01 over Xinhua street, and the plan's headline facts read from it.</summary>
public sealed class HappyCommunity54321SimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("happy-community-54321", "street-xinhua", new LocalDate(2014, 3, 1), new LocalDate(2017, 4, 1)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Phases_PlanDates_EnteredAndClosedOnTime()
    {
        Assert.Equal(("2014-03-01", "2014-06-01"), (Run.Phase("publicity").Entered, Run.Phase("publicity").Exited));
        Assert.Equal(("2014-06-01", "2015-07-01"), (Run.Phase("exploration").Entered, Run.Phase("exploration").Exited));

        // Consolidation closes at 00:00 on 1 April 2017, so 31 March 2017 is its last day.
        Assert.Equal(("2015-07-01", "2017-04-01"), (Run.Phase("consolidation").Entered, Run.Phase("consolidation").Exited));
        Assert.Equal("Completed", Run.Timeline.Status);
        Assert.Equal("2017-04-01", Run.Timeline.CompletedAt);
        Assert.Empty(Run.Timeline.RuleFailures);
    }

    [Fact]
    public void Publicity_March2014_OneReportPerCommunityAndOneSurveyPerGrid()
    {
        Assert.Equal(3, Run.Created("2014-03", "community"));
        Assert.Equal(13, Run.Created("2014-03", "grid"));
    }

    [Fact]
    public void Exploration_June2014_TrialTasksAndThreeHeadElectionsFanOut()
    {
        // One head election per grid (13), building (39) and unit entrance (92); owners' committees in the four three-no neighbourhoods.
        Assert.Equal(13, Run.Created("2014-06", "grid"));
        Assert.Equal(39, Run.Created("2014-06", "building"));
        Assert.Equal(92, Run.Created("2014-06", "unitEntrance"));
        Assert.Equal(4, Run.Created("2014-06", "neighbourhood"));

        // Per community: five-in-one system, work rules, five trial items, the first joint meeting and the publicity summary.
        Assert.Equal(3 * 9, Run.Created("2014-06", "community"));
    }

    [Fact]
    public void JointMeeting_Quarterly_TwelveRoundsFromJune2014ToMarch2017()
    {
        var months = new[] { "2014-06", "2014-09", "2014-12", "2015-03", "2015-06", "2015-09", "2015-12", "2016-03", "2016-06", "2016-09", "2016-12", "2017-03" };
        foreach (var month in months)
        {
            Assert.True(Run.Created(month, "community") >= 3, month);
        }

        foreach (var community in new[] { "comm-xingfu", "comm-heping", "comm-jianshe" })
        {
            Assert.Equal(12, Run.Changes("jointMeetingsHeld").Count(c => c.Unit == community));
        }
    }

    [Fact]
    public void Reviews_ScriptedReturns_AreResubmittedAndApproved()
    {
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Approved) > Run.Timeline.Months.Sum(m => m.Returned));
        Assert.Equal(0, Run.Timeline.Months.Sum(m => m.Rejected));
    }

    [Fact]
    public void Elections_LateEntrances_FallOverdueAndEscalateWhenExplorationEnds()
    {
        var july = Run.Month("2015-07");
        Assert.True(july.Overdue > 0);
        Assert.Equal(july.Overdue, july.Escalated);
        Assert.Equal(1.0, Run.Month("2015-07").Metrics["gridHeadCoverage"].Value);
        Assert.True(Run.Month("2015-07").Metrics["unitHeadCoverage"].Value < 1.0);
    }

    [Fact]
    public void ThreeNo_DongfengFailsFirst_FormsItsCommitteeInConsolidation()
    {
        var formed = Run.Changes("ownersCommitteeFormed").Where(c => c.After!.GetValue<bool>()).ToList();
        Assert.Equal(["heping-nb-textile", "jianshe-nb-coop", "xingfu-nb-dongfeng", "xingfu-nb-rihua"], formed.Select(c => c.Unit).Order(StringComparer.Ordinal));
        Assert.True(string.CompareOrdinal(formed.Single(c => c.Unit == "xingfu-nb-dongfeng").At, "2015-07-01") >= 0);
        Assert.Equal(1, Run.Created("2015-07", "neighbourhood"));
        Assert.Equal(4.0, Run.Timeline.FinalMetrics["ownersCommitteePilots"].Value);
    }

    [Fact]
    public void Metrics_Coverage_ClimbsMonthByMonth()
    {
        Assert.Equal(0.0, Run.Month("2014-06").Metrics["unitHeadCoverage"].Value);
        var values = Run.Timeline.Months.Where(m => string.CompareOrdinal(m.Month, "2014-06") >= 0).Select(m => m.Metrics["unitHeadCoverage"].Value ?? 0).ToList();
        Assert.Equal(values.Order(), values);
        Assert.True(Run.Timeline.FinalMetrics["unitHeadCoverage"].Value > 0.9);
        Assert.Equal(1.0, Run.Timeline.FinalMetrics["fivePartySystemCoverage"].Value);
    }
}
