using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>篇一 Changchun: the golden run from 2012-01-01 to 2015-01-01 over the demo city (launch year 2012).</summary>
public sealed class ChangchunHappyCommunitySimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("changchun-happy-community", "changchun", new LocalDate(2012, 1, 1), new LocalDate(2015, 1, 1)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Launch_2012_PlansFundAndPilotsThenCreationFromNextYear()
    {
        Assert.Equal(("2012-01-01", "2013-01-01"), (Run.Phase("launch").Entered, Run.Phase("launch").Exited));
        Assert.Equal("2013-01-01", Run.Phase("creation").Entered);
        Assert.Equal(2, Run.Created("2012-01", "district"));
        Assert.Equal(3, Run.Created("2012-01", "community"));
        Assert.Equal(1, Run.Created("2012-01", "city"));
        Assert.Empty(Run.Timeline.RuleFailures);
    }

    [Fact]
    public void Assessment_AnnualRounds_StartTheYearAfterLaunch()
    {
        Assert.All(Run.Timeline.Months.Where(m => m.Month.StartsWith("2012", StringComparison.Ordinal) && m.Month != "2012-01"),
            m => Assert.Equal(0, m.TasksCreated.GetValueOrDefault("community")));

        // 1 March: every community not certified applies; 1 September: both sides assess the ten that applied.
        Assert.Equal(12, Run.Created("2013-03", "community"));
        Assert.Equal(7, Run.Created("2014-03", "community"));
        Assert.True(Run.Created("2013-09", "community") >= 20);
        Assert.Equal(10, Run.Changes("applied").Count(c => c.At.StartsWith("2013-0", StringComparison.Ordinal) && string.CompareOrdinal(c.At, "2013-09-01") < 0 && c.After!.GetValue<bool>()));
    }

    [Fact]
    public void Certification_BothSidesPass_AwardFollows()
    {
        var certified = Run.Changes("certified").Where(c => c.After!.GetValue<bool>()).ToList();
        var awarded = Run.Changes("awards").ToList();
        Assert.Equal(5, certified.Count);
        Assert.Equal(certified.Select(c => c.Unit).Order(StringComparer.Ordinal), awarded.Select(c => c.Unit).Order(StringComparer.Ordinal));
        foreach (var award in awarded)
        {
            Assert.True(string.CompareOrdinal(award.At, certified.Single(c => c.Unit == award.Unit).At) > 0);
        }

        // Yongji passes the administrative assessment but not the social one: no certificate, no award.
        Assert.DoesNotContain(certified, c => c.Unit == "nanguan-yongji-yongji");
        Assert.Equal(250000.0, Run.Timeline.FinalMetrics["rewardPaid"].Value);
    }

    [Fact]
    public void Reassessment_FailedIn2014_DeListsTheCommunity()
    {
        var delisted = Run.Changes("delisted").Where(c => c.After!.GetValue<bool>()).ToList();
        Assert.Equal(["chaoyang-chongqinglu-guilin", "nanguan-ziqiang-ziqiang"], delisted.Select(c => c.Unit).Order(StringComparer.Ordinal));
        Assert.All(delisted, c => Assert.StartsWith("2014-", c.At, StringComparison.Ordinal));
        Assert.Equal(5.0, Run.Month("2014-09").Metrics["certifiedCount"].Value);
        Assert.Equal(3.0, Run.Timeline.FinalMetrics["certifiedCount"].Value);
        Assert.Equal(2.0, Run.Timeline.FinalMetrics["delistedCount"].Value);
    }

    [Fact]
    public void Reviews_ScriptedReturns_AreResubmittedAndApproved()
    {
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
        Assert.Equal(0, Run.Timeline.Months.Sum(m => m.Rejected));
    }
}
