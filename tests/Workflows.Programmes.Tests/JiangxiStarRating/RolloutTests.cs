using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>One centralised rating a year; the central districts' communities join in batches over about 4 years.</summary>
public sealed class RolloutTests
{
    private static Programme Model => Seed.Programme;

    [Fact]
    public void AnnualRating_FromLaunch_FiresOnceAYearUntil2026()
    {
        var schedule = Model.Schedules["annualRating"];
        var fires = new List<LocalDateTime>();
        for (var at = schedule.NextAfter(Instant.FromUtc(2022, 1, 1, 0, 0)); at is { } a; at = schedule.NextAfter(a))
        {
            fires.Add(a.InZone(Model.Zone).LocalDateTime);
        }

        Assert.Equal([2022, 2023, 2024, 2025, 2026], fires.Select(f => f.Year));
        Assert.All(fires, f => Assert.Equal(new LocalDate(f.Year, 9, 1), f.Date));
        Assert.Equal("annualRating", Model.Tasks["starAssessment"].Schedule);
    }

    [Fact]
    public void Phases_ResolvedDates_FollowThePlan()
    {
        var deploy = Model.FindPhase("deploy")!;
        var rollout = Model.FindPhase("rollout")!;
        var dynamic = Model.FindPhase("dynamic")!;

        Assert.Equal(new LocalDate(2022, 6, 1), deploy.Entry.Single().Date);
        Assert.Equal(new LocalDate(2022, 8, 31), deploy.Exit[0].Date);
        Assert.Equal("deploy", rollout.Entry.Single().After);
        // The rollout is left at 00:00 on the day after 2026-12-31, so the target year's last day is still inside it.
        Assert.Equal(new LocalDate(2027, 1, 1), rollout.Exit.Single().Date);
        Assert.Equal(new LocalDate(2025, 6, 1), dynamic.Entry.Single().Date);
    }

    [Theory]
    [InlineData(2022, 1)]
    [InlineData(2023, 2)]
    [InlineData(2024, 3)]
    [InlineData(2025, 4)]
    [InlineData(2026, 4)]
    public void InRolloutBatch_YearByYear_AddsOneBatchOfTheCitysCommunities(int year, int batches)
    {
        var communities = UnitsOfType("community").ToList();
        var expected = communities.Count(c => (int)c["attributes"]!["batch"]! <= batches);
        var eligible = communities.Count(c =>
        {
            var unit = c.DeepClone().AsObject();
            unit["state"] = new JsonObject { ["starLevel"] = 0 };
            return (bool)Seed.Eval("inRolloutBatch", new JsonObject { ["unit"] = unit, ["now"] = $"{year}-09-01T00:00:00+08:00" })!;
        });

        Assert.Equal(expected, eligible);
        Assert.True(eligible > 0);
        Assert.Equal(batches == 4, eligible == communities.Count);
    }

    [Fact]
    public void StarAssessment_FansOutToEveryCommunityDirector()
    {
        var task = Model.Tasks["starAssessment"];
        Assert.Equal(new Assignee("community", "director"), task.Assignee);
        Assert.Equal("inRolloutBatch", task.When);
        Assert.Equal("starAssessment", task.Form);

        foreach (var community in UnitsOfType("community"))
        {
            Assert.Single(HoldersOf((string)community["id"]!, "director"));
        }
    }

    [Fact]
    public void CountRound_EachFire_CountsTheRound()
    {
        var effects = Seed.Eval("countRound", new JsonObject
        {
            ["state"] = new JsonObject { ["ratingRound"] = 3, ["lastRatingYear"] = 2024 },
            ["now"] = "2025-09-01T00:00:00+08:00",
        })!;

        Assert.Equal("4", Text(effects["state"]!["ratingRound"]));
        Assert.Equal("2025", Text(effects["state"]!["lastRatingYear"]));
    }
}
