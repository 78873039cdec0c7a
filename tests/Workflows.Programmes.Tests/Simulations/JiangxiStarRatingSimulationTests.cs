using NodaTime;

namespace Workflows.Programmes.Tests.Simulations;

/// <summary>篇四 star rating: the golden run over Nanchang from 2022-06-01 to 2028-12-31 (five rating rounds, re-ratings in 2025 and 2028).</summary>
public sealed class JiangxiStarRatingSimulationTests
{
    private static readonly Lazy<GoldenSimulation> Golden = new(() =>
        GoldenSimulation.Run("jiangxi-star-rating", "nc", new LocalDate(2022, 6, 1), new LocalDate(2028, 12, 31)));

    private static GoldenSimulation Run => Golden.Value;

    [Fact]
    public void Timeline_SameScript_MatchesExpectedTimeline() => Run.AssertMatchesExpected();

    [Fact]
    public void Phases_PlanDates_DeployRolloutAndDynamicManagement()
    {
        Assert.Equal("2022-06-01", Run.Phase("deploy").Entered);
        Assert.Equal("2022-08-31", Run.Phase("rollout").Entered);
        Assert.Equal("2027-01-01", Run.Phase("rollout").Exited);
        Assert.Equal("2025-06-01", Run.Phase("dynamic").Entered);
        Assert.Null(Run.Phase("dynamic").Exited);
        Assert.Empty(Run.Timeline.RuleFailures);
    }

    [Fact]
    public void Deploy_June2022_GridStaffingPerCommunityAndPlanPerCounty()
    {
        Assert.Equal(24, Run.Created("2022-06", "community"));
        Assert.Equal(3, Run.Created("2022-06", "county"));
    }

    [Fact]
    public void Rating_EveryRound_GoesCountyThenCityAndProvinceOnlyFromFourStars()
    {
        var ratings = Run.Changes("starLevel").ToList();
        Assert.NotEmpty(ratings);
        // A first rating is decided by the city up to 3 stars and by the province from 4 stars.
        var first = ratings.Where(c => c.Before is null || c.Before.GetValue<int>() == 0).ToList();
        Assert.NotEmpty(first);
        foreach (var change in Run.Timeline.StateChanges.Where(c => c.After.Contains("\"ratedBy\"", StringComparison.Ordinal)))
        {
            var before = System.Text.Json.Nodes.JsonNode.Parse(change.Before)!;
            var after = System.Text.Json.Nodes.JsonNode.Parse(change.After)!;
            if (after["starLevel"] is { } star && (int?)before["starLevel"] is null or 0)
            {
                Assert.Equal((int)star >= 4 ? "province" : "city", (string?)after["ratedBy"]);
            }
        }

        Assert.Contains(first, c => c.After!.GetValue<int>() >= 4);
        Assert.Contains(first, c => c.After!.GetValue<int>() == 3);
        Assert.True(Run.Timeline.Months.Where(m => m.Month.StartsWith("2022", StringComparison.Ordinal)).Sum(m => m.Approved) > 0);

        // Each September 2022-2026 a round starts: the first in 2022 with batch 1, every urban community joining by 2025.
        foreach (var year in new[] { 2022, 2023, 2024, 2025, 2026 })
        {
            Assert.True(Run.Created($"{year}-09", "community") > 0, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Contains(ratings, c => c.After!.GetValue<int>() == 5);
        Assert.Contains(ratings, c => c.After!.GetValue<int>() == 3);
        Assert.True(Run.Timeline.Months.Sum(m => m.Returned) > 0);
    }

    [Fact]
    public void ReRating_2025And2028_MovesStarsUpAndDown()
    {
        var moves = Run.Changes("ratingChange").ToList();
        Assert.Contains(moves, c => (string?)c.After == "upgrade" && c.At.StartsWith("2025", StringComparison.Ordinal));
        Assert.Contains(moves, c => (string?)c.After == "downgrade" && c.At.StartsWith("2025", StringComparison.Ordinal));
        Assert.Contains(moves, c => c.At.StartsWith("2028", StringComparison.Ordinal));
        Assert.DoesNotContain(moves, c => string.CompareOrdinal(c.At, "2025-09-01") < 0 && (string?)c.After is "upgrade" or "downgrade");
        Assert.Equal(0.0, Run.Month("2025-09").Metrics["reRatingCompletion"].Value);
        Assert.Equal(1.0, Run.Month("2026-09").Metrics["reRatingCompletion"].Value);
    }

    [Fact]
    public void StarShare_HalfBy2026_RisesAndIsMetAtTheDeadline()
    {
        Assert.Equal(0.0, Run.Month("2022-09").Metrics["starShare"].Value);
        Assert.False(Run.Month("2023-01").Metrics["starShare"].Met);
        Assert.True(Run.Month("2023-01").Metrics["starShare"].OnTrack);
        var atDeadline = Run.Month("2027-01").Metrics["starShare"];
        Assert.True(atDeadline.Value >= 0.5);
        Assert.True(atDeadline.Met);
        Assert.True(atDeadline.OnTrack);
    }
}
