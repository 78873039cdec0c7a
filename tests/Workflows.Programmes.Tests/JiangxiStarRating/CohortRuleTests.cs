using System.Text.Json.Nodes;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>No quotas in the plan: the cohort rules recommend the best starred communities and classify all of them.</summary>
public sealed class CohortRuleTests
{
    private static JsonObject Scored(string id, int star, double average, bool recommended = false)
    {
        var unit = Community(id, star, "2024-11-20");
        unit["state"]!["averageScore"] = average;
        if (recommended)
        {
            unit["state"]!["recommended"] = true;
        }

        return unit;
    }

    [Fact]
    public void RecommendForSupport_TwentyPercent_PicksTheBestStarredByStarsThenScore()
    {
        var units = new JsonArray(
            Scored("c1", 3, 78), Scored("c2", 4, 81), Scored("c3", 4, 88), Scored("c4", 5, 91),
            Scored("c5", 3, 72), Scored("c6", 0, 66), Scored("c7", 3, 75, recommended: true), Scored("c8", 0, 55),
            Scored("c9", 3, 70), Scored("c10", 4, 83));
        var input = new JsonObject { ["units"] = units, ["params"] = new JsonObject { ["recommendShare"] = 0.2 } };

        var changes = Seed.Eval("recommendForSupport", input)!["units"]!.AsObject();

        // 8 starred communities, 20% rounded up = 2: c4 (5 stars) and c3 (4 stars, 88); c7 loses its recommendation.
        Assert.Equal(["c3", "c4", "c7"], changes.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.True((bool)changes["c4"]!["state"]!["recommended"]!);
        Assert.True((bool)changes["c3"]!["state"]!["recommended"]!);
        Assert.False((bool)changes["c7"]!["state"]!["recommended"]!);
    }

    [Fact]
    public void RecommendForSupport_NoStarredCommunity_RecommendsNone()
    {
        var input = new JsonObject { ["units"] = new JsonArray(Scored("c1", 0, 68), Scored("c2", 0, 60)) };

        Assert.Empty(Seed.Eval("recommendForSupport", input)!["units"]!.AsObject());
    }

    [Fact]
    public void ManagementCategories_ByStarLevel_ConsolidatesPromotesAndRectifies()
    {
        var input = new JsonObject
        {
            ["units"] = new JsonArray(Community("c5", 5), Community("c4", 4), Community("c3", 3), Community("c0", 0)),
        };

        var changes = Seed.Eval("managementCategories", input)!["units"]!;

        Assert.Equal("\"consolidate\"", Text(changes["c5"]!["state"]!["category"]));
        Assert.Equal("\"promote\"", Text(changes["c4"]!["state"]!["category"]));
        Assert.Equal("\"promote\"", Text(changes["c3"]!["state"]!["category"]));
        Assert.Equal("\"rectify\"", Text(changes["c0"]!["state"]!["category"]));
    }
}
