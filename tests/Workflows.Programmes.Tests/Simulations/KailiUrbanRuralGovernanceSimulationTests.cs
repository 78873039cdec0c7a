using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>篇三 Kaili: the golden run from 2020-01-01 to 2026-01-01 over the demo city (7 urban communities, 6 villages, 6 towns).</summary>
public sealed class KailiUrbanRuralGovernanceSimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("kaili-urban-rural-governance", "kaili", new LocalDate(2020, 1, 1), new LocalDate(2026, 1, 1)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Phases_PlanYears_ImplementationFacilitiesAndBrand()
    {
        Assert.Equal(("2020-01-01", "2026-01-01"), (Run.Phase("implementation").Entered, Run.Phase("implementation").Exited));
        Assert.Equal(("2020-01-01", "2021-01-01"), (Run.Phase("facilities").Entered, Run.Phase("facilities").Exited));
        Assert.Equal(("2020-01-01", "2023-01-01"), (Run.Phase("brandUpgrade").Entered, Run.Phase("brandUpgrade").Exited));
        Assert.Equal("Completed", Run.Timeline.Status);
        Assert.Empty(Run.Timeline.RuleFailures);
    }

    [Fact]
    public void Launch_January2020_StationsAndAreaTasksPerCommunityAndTown()
    {
        Assert.Equal(150, Run.Created("2020-01", "community"));
        Assert.Equal(24, Run.Created("2020-01", "town"));
        Assert.Equal(13, Run.Changes("stationBuilt").Count());
        Assert.Equal(1.0, Run.Timeline.FinalMetrics["stationCoverage"].Value);

        // Zhouxi village 1 (1,800 households) reports 420 m² against the 540 m² it needs.
        Assert.Equal(540, Run.Changes("requiredStationArea").Single(c => c.Unit == "zhouxi-v1").After!.GetValue<int>());
        Assert.DoesNotContain(Run.Changes("stationCompliant"), c => c.Unit == "zhouxi-v1" && c.After!.GetValue<bool>());
        Assert.False(Run.Timeline.FinalMetrics["stationCompliance"].Met);
    }

    [Fact]
    public void Training_EveryThreeYears_RoundsInMarch2020AndMarch2023Only()
    {
        Assert.Equal(13, Run.Created("2020-03", "community"));
        Assert.Equal(13, Run.Created("2023-03", "community"));
        Assert.All(Run.Timeline.Months.Where(m => m.Month.EndsWith("-03", StringComparison.Ordinal) && m.Month is not ("2020-03" or "2023-03")),
            m => Assert.Equal(0, m.TasksCreated.GetValueOrDefault("community")));
        var rounds = Run.Changes("trainingRound").ToList();
        Assert.Equal(13, rounds.Count(c => c.After!.GetValue<int>() == 1));
        Assert.Equal(13, rounds.Count(c => c.After!.GetValue<int>() == 2));
        Assert.All(rounds.Where(c => c.After!.GetValue<int>() == 2), c => Assert.True(string.CompareOrdinal(c.At, "2023-03-01") >= 0));
    }

    [Fact]
    public void Secondment_EverySeptember_OneIntakePerCommunity()
    {
        foreach (var year in Enumerable.Range(2020, 6))
        {
            Assert.Equal(13, Run.Created($"{year}-09", "community"));
        }
    }

    [Fact]
    public void Kpis_SecretaryAsDirectorAndCoverage_MeetTheTargets()
    {
        Assert.Equal(0.0, Run.Month("2020-01").Metrics["gridCoverage"].Value);
        Assert.Equal(1.0, Run.Month("2021-01").Metrics["gridCoverage"].Value);
        Assert.True(Run.Timeline.FinalMetrics["secretaryDirectorShare2"].Value > 0.5);
        Assert.True(Run.Timeline.FinalMetrics["secretaryDirectorShare2"].Met);
        Assert.True(Run.Timeline.Months.Sum(m => m.Escalated) > 0);
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
    }
}
