using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>篇二 Niuling: the golden run from 2013-05-01 to 2015-01-01 over Shuangyu street (12 grids, 3 clusters without property management).</summary>
public sealed class NiulingGridGovernanceSimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("niuling-grid-governance", "shuangyu", new LocalDate(2013, 5, 1), new LocalDate(2015, 1, 1)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Phases_PlanDates_MobiliseCreationAcceptance()
    {
        Assert.Equal(("2013-05-01", "2013-06-01"), (Run.Phase("mobilise").Entered, Run.Phase("mobilise").Exited));
        Assert.Equal(("2013-06-01", "2014-11-01"), (Run.Phase("creation").Entered, Run.Phase("creation").Exited));
        Assert.Equal("2014-11-01", Run.Phase("acceptance").Entered);
        Assert.Equal("Completed", Run.Timeline.Status);
        Assert.Empty(Run.Timeline.RuleFailures);
    }

    [Fact]
    public void Grids_TwelveGrids_EachGetsAStationedOfficerAndAGridWorkerTaskEveryMonth()
    {
        // May 2013: one team register per grid, for its stationed officer.
        Assert.Equal(12, Run.Created("2013-05", "grid"));
        var months = Run.Timeline.Months.Where(m => string.CompareOrdinal(m.Month, "2013-06") >= 0 && string.CompareOrdinal(m.Month, "2014-12") <= 0).ToList();
        Assert.Equal(19, months.Count);
        Assert.All(months, m => Assert.Equal(24, m.TasksCreated.GetValueOrDefault("grid")));
        Assert.Equal(12, Run.Changes("staffed").Select(c => c.Unit).Distinct().Count());
        Assert.Equal(12.0, Run.Timeline.FinalMetrics["gridsStaffed"].Value);
    }

    [Fact]
    public void Clusters_InvalidElectionInC3_NoRepairLogsThere()
    {
        Assert.Equal(3, Run.Created("2013-06", "cluster"));
        var elected = Run.Changes("groupElected").Where(c => c.After!.GetValue<bool>()).Select(c => c.Unit).Order(StringComparer.Ordinal);
        Assert.Equal(["niuling-c1", "niuling-c2"], elected);
        Assert.DoesNotContain(Run.Changes("repairsDone"), c => c.Unit == "niuling-c3");
        Assert.False(Run.Timeline.FinalMetrics["clustersSelfGoverned"].Met);
        Assert.True(Run.Timeline.FinalMetrics["repairServices"].Value > 100);
    }

    [Fact]
    public void GridLogs_SomeLate_OverdueEscalatedAndOnTimeShareBelowTarget()
    {
        Assert.True(Run.Timeline.Months.Sum(m => m.Overdue) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Escalated) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
        Assert.False(Run.Timeline.FinalMetrics["gridSocialAffairsOnTime"].Met);
    }

    [Fact]
    public void YearEnd_December2013_VanguardIndexAndWorkerAssessmentGraded()
    {
        var vanguard = Run.Changes("vanguardAverage").Single(c => c.Unit == "niuling");
        Assert.StartsWith("2013-12", vanguard.At, StringComparison.Ordinal);
        Assert.Equal(74.8, vanguard.After!.GetValue<double>());
        Assert.Single(Run.Changes("workersAssessed"));
    }
}
