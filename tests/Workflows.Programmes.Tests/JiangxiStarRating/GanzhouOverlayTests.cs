using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>赣州市 adopts the plan: 60% by 2025, higher score lines, a street pre-check, without code changes.</summary>
public sealed class GanzhouOverlayTests
{
    private static readonly Lazy<Programme> Effective = new(Ganzhou);

    [Fact]
    public void Ganzhou_StarShare_TargetsSixtyPercentByTheEndOf2025()
    {
        var metric = Effective.Value.Metrics["starShare"];

        Assert.Equal(new MetricTarget(">=", 0.6), metric.Target);
        Assert.Equal(new LocalDate(2025, 12, 31), metric.Deadline);
        Assert.Equal("countsTowardTarget", metric.Where);
        Assert.Equal(["ganzhou-star-rating"], Effective.Value.Adoptions);
    }

    [Theory]
    [InlineData(74.5, 0, 3)]
    [InlineData(75, 3, 3)]
    [InlineData(80, 3, 4)]
    [InlineData(85, 4, 4)]
    [InlineData(90, 4, 5)]
    [InlineData(92, 5, 5)]
    public void Ganzhou_StarRating_HigherScoreLinesRateTheSameApplicationLower(double average, int ganzhou, int province)
    {
        var input = new JsonObject { ["form"] = Assessment(All(average), functionAreas: 5) };

        Assert.Equal(ganzhou, Number(Eval(Effective.Value, "starRating", input)));
        Assert.Equal(province, Number(Seed.Eval("starRating", input.DeepClone().AsObject())));
    }

    [Fact]
    public void Ganzhou_FourFunctionAreas_NoLongerMeetThe133xStandard()
    {
        var input = new JsonObject { ["form"] = Assessment(All(95), functionAreas: 4) };

        Assert.False((bool)Eval(Effective.Value, "platform133", input)!);
        Assert.True((bool)Seed.Eval("platform133", input.DeepClone().AsObject())!);
    }

    [Fact]
    public void Ganzhou_ReviewChain_AddsAStreetPreCheckAndKeepsTheProvinceRule()
    {
        var review = Effective.Value.Tasks["starAssessment"].Review;

        Assert.Equal(["street", "county", "city", "province"], review.Select(l => l.UnitType));
        Assert.Equal("needsProvince", review[^1].When);
        Assert.Equal(Period.FromDays(45), Effective.Value.Tasks["starAssessment"].Due!.Within);
    }

    [Fact]
    public void Ganzhou_AnnualRating_RunsFourRoundsFrom2022To2025()
    {
        var schedule = Effective.Value.Schedules["annualRating"];
        var years = new List<int>();
        for (var at = schedule.NextAfter(Instant.FromUtc(2022, 1, 1, 0, 0)); at is { } a; at = schedule.NextAfter(a))
        {
            var local = a.InZone(Effective.Value.Zone).LocalDateTime;
            Assert.Equal((10, 1), (local.Month, local.Day));
            years.Add(local.Year);
        }

        Assert.Equal([2022, 2023, 2024, 2025], years);
    }
}
