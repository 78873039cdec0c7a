using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>"到2026年，全市50%以上城市社区创评三星以上": the metric, its target, its deadline and who counts.</summary>
public sealed class TargetMetricTests
{
    private static Metric StarShare => Seed.Programme.Metrics["starShare"];

    [Fact]
    public void StarShare_Target_IsAtLeastHalf()
    {
        Assert.Equal(MetricAggregate.Share, StarShare.Aggregate);
        Assert.Equal("community", StarShare.UnitType);
        Assert.Equal(new MetricTarget(">=", 0.5), StarShare.Target);
    }

    [Fact]
    public void StarShare_Deadline_IsTheEndOf2026()
    {
        Assert.Equal(new LocalDate(2026, 12, 31), StarShare.Deadline);
    }

    [Fact]
    public void StarShare_Where_IsTheUrbanThreeStarsOrBetterRule()
    {
        Assert.Equal("countsTowardTarget", StarShare.Where);
    }

    [Theory]
    [InlineData("urban", 0, false)]
    [InlineData("urban", 3, true)]
    [InlineData("urban", 4, true)]
    [InlineData("urban", 5, true)]
    [InlineData("town", 3, false)]
    [InlineData("town", 5, false)]
    public void CountsTowardTarget_KindAndStar_CountsOnlyUrbanThreeStarsOrBetter(string kind, int star, bool expected)
    {
        var input = new JsonObject { ["unit"] = Community("c1", star, "2024-11-20", kind) };

        Assert.Equal(expected, (bool)Seed.Eval("countsTowardTarget", input)!);
    }

    [Theory]
    [InlineData(17, false)]
    [InlineData(18, true)]
    public void StarShare_OverTheCitysThirtySixCommunities_IsMetFromEighteenStarred(int starred, bool met)
    {
        var communities = UnitsOfType("community").ToList();
        var counted = 0;
        for (var i = 0; i < communities.Count; i++)
        {
            var unit = communities[i].DeepClone().AsObject();
            unit["state"] = new JsonObject { ["starLevel"] = i < starred ? 3 + (i % 3) : 0, ["ratedOn"] = "2025-11-20" };
            if ((bool)Seed.Eval(StarShare.Where!, new JsonObject { ["unit"] = unit })!)
            {
                counted++;
            }
        }

        Assert.Equal(starred, counted);
        Assert.Equal(met, StarShare.Target!.IsMetBy((double)counted / communities.Count));
    }

    [Fact]
    public void Organisation_EveryCommunity_IsAnUrbanCommunityInARolloutBatch()
    {
        // The share's denominator is every community in scope, so the directory lists urban communities only.
        foreach (var community in UnitsOfType("community"))
        {
            Assert.Equal("urban", (string?)community["attributes"]!["kind"]);
            Assert.InRange((int)community["attributes"]!["batch"]!, 1, 4);
        }
    }
}
