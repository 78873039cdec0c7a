using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>Dynamic management: re-rating every 3 years moves stars up (升级增星) and down (降级摘星).</summary>
public sealed class ReRatingTests
{
    private static LocalDateTime Local(Instant instant) => instant.InZone(Seed.Programme.Zone).LocalDateTime;

    private static List<LocalDateTime> Fires(string schedule, Instant from)
    {
        var fires = new List<LocalDateTime>();
        for (var at = Seed.Programme.Schedules[schedule].NextAfter(from); at is { } a; at = Seed.Programme.Schedules[schedule].NextAfter(a))
        {
            fires.Add(Local(a));
        }

        return fires;
    }

    [Fact]
    public void ReRatingCycle_FromLaunch_FiresEveryThreeYearsUntilTheEndYear()
    {
        var fires = Fires("reRatingCycle", Instant.FromUtc(2022, 1, 1, 0, 0));

        Assert.Equal(
            [new LocalDateTime(2025, 9, 1, 0, 0), new LocalDateTime(2028, 9, 1, 0, 0), new LocalDateTime(2031, 9, 1, 0, 0)],
            fires);
        Assert.Equal(Period.FromYears(3), Period.Between(fires[0], fires[1]));
    }

    [Fact]
    public void ReRating_Task_IsCreatedByTheCycleInTheDynamicPhaseForDueCommunities()
    {
        var task = Seed.Programme.Tasks["reRating"];

        Assert.Equal("reRatingCycle", task.Schedule);
        Assert.Equal("dynamic", task.Phase);
        Assert.Equal("reRatingDue", task.When);
        Assert.Equal((ActionKind.RunRule, "applyReRating"), (task.OnComplete.Single().Kind, task.OnComplete.Single().Target));
        Assert.Equal("\"P3Y\"", Text(Seed.Programme.ParameterValues["reratingPeriod"]));
    }

    [Theory]
    [InlineData(3, "2022-11-20", "2025-09-01T00:00:00+08:00", true)]
    [InlineData(5, "2024-11-20", "2025-09-01T00:00:00+08:00", true)]
    [InlineData(4, "2025-11-20", "2025-12-01T00:00:00+08:00", false)]
    [InlineData(0, "2022-11-20", "2025-09-01T00:00:00+08:00", false)]
    public void ReRatingDue_StarredAndNotNamedThisYear_IsReRated(int star, string ratedOn, string now, bool expected)
    {
        var input = new JsonObject { ["unit"] = Community("c1", star, ratedOn), ["now"] = now };

        Assert.Equal(expected, (bool)Seed.Eval("reRatingDue", input)!);
    }

    [Theory]
    [InlineData(3, 4, 85, 4, "upgrade")]
    [InlineData(3, 4, 95, 4, "upgrade")]
    [InlineData(4, 5, 92, 5, "upgrade")]
    [InlineData(5, 5, 85, 4, "downgrade")]
    [InlineData(3, 3, 65, 0, "downgrade")]
    [InlineData(4, 4, 82, 4, "retained")]
    [InlineData(3, 3, 85, 3, "retained")]
    public void ApplyReRating_NewRatingAgainstCurrentStar_MovesUpDownOrStays(int current, int applied, double average, int expectedStar, string expectedChange)
    {
        var input = WithDefaults(new JsonObject
        {
            ["unit"] = Community("c1", current, "2022-11-20"),
            ["form"] = Assessment(All(average), applied: applied),
            ["now"] = "2025-11-15T10:00:00+08:00",
        });

        var state = Seed.Eval("applyReRating", input)!["unitState"]!;

        Assert.Equal(expectedStar.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(state["starLevel"]));
        Assert.Equal(current.ToString(System.Globalization.CultureInfo.InvariantCulture), Text(state["previousStarLevel"]));
        Assert.Equal($"\"{expectedChange}\"", Text(state["ratingChange"]));
        Assert.Equal("\"2025-11-15\"", Text(state["ratedOn"]));
        Assert.Equal(expectedStar >= 3, (bool)state["certified"]!);
    }

    [Fact]
    public void InRolloutBatch_CommunityReRatedToNoStar_ReturnsToTheAnnualRatingNotTheReRating()
    {
        Assert.True((bool)Seed.Eval("inRolloutBatch", new JsonObject { ["unit"] = Community("c1", 0, "2025-11-15"), ["now"] = "2026-09-01T00:00:00+08:00" })!);
        Assert.False((bool)Seed.Eval("reRatingDue", new JsonObject { ["unit"] = Community("c1", 0, "2025-11-15"), ["now"] = "2028-09-01T00:00:00+08:00" })!);
    }
}
