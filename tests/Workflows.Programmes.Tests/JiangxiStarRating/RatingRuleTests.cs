using System.Text.Json.Nodes;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>A community is rated on the six dimensions: the star level on both sides of every threshold and gate.</summary>
public sealed class RatingRuleTests
{
    private static double StarOf(JsonObject form) => Number(Seed.Eval("starRating", WithDefaults(new JsonObject { ["form"] = form })));

    [Theory]
    [InlineData(69.5, 0)]
    [InlineData(70, 3)]
    [InlineData(79.5, 3)]
    [InlineData(80, 4)]
    [InlineData(89.5, 4)]
    [InlineData(90, 5)]
    [InlineData(100, 5)]
    public void StarRating_AverageOnEitherSideOfAThreshold_GivesThatStarLevel(double average, int expected)
    {
        Assert.Equal(expected, StarOf(Assessment(All(average))));
    }

    [Fact]
    public void StarRating_MixedScores_UsesTheAverageOfTheSixDimensions()
    {
        // 100 + 100 + 100 + 60 + 60 + 60 = 480, average exactly 80: four stars; half a point less is three.
        Assert.Equal(4, StarOf(Assessment([100, 100, 100, 60, 60, 60])));
        Assert.Equal(3, StarOf(Assessment([100, 100, 99.5, 60, 60, 60])));
    }

    [Fact]
    public void StarRating_OneDimensionBelowTheFloor_GivesNoStarWhateverTheAverage()
    {
        Assert.Equal(0, StarOf(Assessment([100, 100, 100, 100, 100, 59.5])));
        Assert.Equal(5, StarOf(Assessment([100, 100, 100, 100, 100, 60])));
    }

    [Fact]
    public void StarRating_AGridWithoutAFullTimeGridWorker_GivesNoStar()
    {
        Assert.Equal(0, StarOf(Assessment(All(95), fullTimeWorkersPerGrid: [1, 0, 2])));
        Assert.Equal(5, StarOf(Assessment(All(95), fullTimeWorkersPerGrid: [1, 1, 1])));
    }

    [Fact]
    public void StarRating_IncompletePlatform133x_GivesNoStar()
    {
        Assert.Equal(0, StarOf(Assessment(All(95), functionAreas: 3)));
        Assert.Equal(0, StarOf(Assessment(All(95), plaques: 2)));
        Assert.Equal(5, StarOf(Assessment(All(95), functionAreas: 4)));
    }

    [Theory]
    [InlineData(3, 4, false)]
    [InlineData(4, 4, true)]
    [InlineData(5, 6, false)]
    [InlineData(6, 6, true)]
    public void Platform133_FunctionAreasAgainstTheMinimum_MeetsTheStandardFromTheMinimumOn(int areas, int minimum, bool expected)
    {
        var input = WithDefaults(new JsonObject { ["form"] = Assessment(All(80), functionAreas: areas) });
        input["params"]!["minFunctionAreas"] = minimum;
        Assert.Equal(expected, (bool)Seed.Eval("platform133", input)!);
    }

    [Fact]
    public void StarRating_ThresholdsAreParameters_ACityRaisingThemRatesTheSameScoresLower()
    {
        var input = WithDefaults(new JsonObject { ["form"] = Assessment(All(80)) });
        Assert.Equal(4, Number(Seed.Eval("starRating", input)));
        input["params"]!["fourStarMinScore"] = 85;
        Assert.Equal(3, Number(Seed.Eval("starRating", input)));
    }

    [Fact]
    public void ApplyRating_AppliedForLessThanScored_NamesTheLevelAppliedFor()
    {
        var effects = Seed.Eval("applyRating", WithDefaults(new JsonObject
        {
            ["form"] = Assessment(All(95), applied: 3),
            ["now"] = "2023-11-20T10:00:00+08:00",
        }))!["unitState"]!;

        Assert.Equal("3", Text(effects["starLevel"]));
        Assert.Equal("\"city\"", Text(effects["ratedBy"]));
        Assert.Equal("\"2023-11-20\"", Text(effects["ratedOn"]));
        Assert.Equal(95, Number(effects["averageScore"]));
        Assert.True((bool)effects["certified"]!);
    }

    [Fact]
    public void ApplyRating_FourStarsScored_IsRecordedAsDecidedByTheProvince()
    {
        var effects = Seed.Eval("applyRating", WithDefaults(new JsonObject
        {
            ["form"] = Assessment(All(85), applied: 5),
            ["now"] = "2024-11-20T10:00:00+08:00",
        }))!["unitState"]!;

        Assert.Equal("4", Text(effects["starLevel"]));
        Assert.Equal("\"province\"", Text(effects["ratedBy"]));
    }

    [Fact]
    public void ApplyRating_BelowThreeStars_LeavesTheCommunityUncertified()
    {
        var effects = Seed.Eval("applyRating", WithDefaults(new JsonObject
        {
            ["form"] = Assessment(All(69.5), applied: 3),
            ["now"] = "2022-11-20T10:00:00+08:00",
        }))!["unitState"]!;

        Assert.Equal("0", Text(effects["starLevel"]));
        Assert.False((bool)effects["certified"]!);
        Assert.Equal("\"none\"", Text(effects["ratingChange"]));
    }
}
