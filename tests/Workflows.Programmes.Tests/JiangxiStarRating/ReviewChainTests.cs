using System.Text.Json.Nodes;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>County initial rating → city review → province acceptance; 3 stars stop at the city, 4 and 5 go to the province.</summary>
public sealed class ReviewChainTests
{
    [Fact]
    public void StarAssessment_ReviewChain_IsCountyThenCityThenProvince()
    {
        var review = Seed.Programme.Tasks["starAssessment"].Review;

        Assert.Equal(["countyRating", "cityReview", "provinceAcceptance"], review.Select(l => l.Id));
        Assert.Equal(["county", "city", "province"], review.Select(l => l.UnitType));
        Assert.Equal(["rater", "reviewer", "reviewer"], review.Select(l => l.Role));
        Assert.Equal("县（区）民政局初评", review[0].Title.Zh);
        Assert.StartsWith("市民政局复核", review[1].Title.Zh, StringComparison.Ordinal);
        Assert.StartsWith("省民政厅评估验收", review[2].Title.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void StarAssessment_OnlyTheProvinceLevel_IsConditional()
    {
        var review = Seed.Programme.Tasks["starAssessment"].Review;

        Assert.Null(review[0].When);
        Assert.Null(review[1].When);
        Assert.Equal("needsProvince", review[2].When);
    }

    [Theory]
    [InlineData(3, 75, false)]
    [InlineData(3, 95, false)]
    [InlineData(4, 80, true)]
    [InlineData(4, 79.5, false)]
    [InlineData(5, 90, true)]
    [InlineData(5, 85, true)]
    [InlineData(5, 75, false)]
    public void NeedsProvince_StarToBeAwarded_GoesToTheProvinceOnlyFromFourStars(int applied, double average, bool expected)
    {
        var input = WithDefaults(new JsonObject { ["form"] = Assessment(All(average), applied: applied) });

        Assert.Equal(expected, (bool)Seed.Eval("needsProvince", input)!);
    }

    [Fact]
    public void ReRating_ProvinceLevel_FollowsWhoeverRatedIt()
    {
        var review = Seed.Programme.Tasks["reRating"].Review;
        Assert.Equal(["county", "city", "province"], review.Select(l => l.UnitType));
        Assert.Equal("reRatingNeedsProvince", review[2].When);

        // A five-star community falling to three is still the province's decision; a three-star one staying three is the city's.
        var fiveToThree = WithDefaults(new JsonObject { ["unit"] = Community("c1", 5, "2022-11-20"), ["form"] = Assessment(All(75), applied: 5) });
        var threeStays = WithDefaults(new JsonObject { ["unit"] = Community("c2", 3, "2022-11-20"), ["form"] = Assessment(All(75), applied: 3) });
        var threeToFour = WithDefaults(new JsonObject { ["unit"] = Community("c3", 3, "2022-11-20"), ["form"] = Assessment(All(85), applied: 4) });
        Assert.True((bool)Seed.Eval("reRatingNeedsProvince", fiveToThree)!);
        Assert.False((bool)Seed.Eval("reRatingNeedsProvince", threeStays)!);
        Assert.True((bool)Seed.Eval("reRatingNeedsProvince", threeToFour)!);
    }

    [Fact]
    public void Organisation_EveryCommunity_HasAReviewerAtEachLevelAbove()
    {
        var communities = UnitsOfType("community").ToList();
        Assert.Equal(36, communities.Count);
        foreach (var community in communities)
        {
            Assert.NotEmpty(HoldersOf((string)AncestorOfType(community, "county")!["id"]!, "rater"));
            Assert.NotEmpty(HoldersOf((string)AncestorOfType(community, "city")!["id"]!, "reviewer"));
            Assert.NotEmpty(HoldersOf((string)AncestorOfType(community, "province")!["id"]!, "reviewer"));
        }
    }

    [Fact]
    public void Organisation_CivilAffairsDepartments_HaveTheCodesTheTasksName()
    {
        var departments = UnitsOfType("department").ToList();
        Assert.Single(departments, d => (string?)d["code"] == "mzt");
        Assert.Equal(2, departments.Count(d => (string?)d["code"] == "mzj"));
        Assert.Equal(5, departments.Count(d => (string?)d["code"] == "qmzj"));
        Assert.Equal("mzj", Seed.Programme.Tasks["starAssessment"].Lead!.Code);
    }
}
