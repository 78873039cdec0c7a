using System.Text.Json.Nodes;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>The rating application: one section per dimension, each with a score and evidence; "133+x" and grid items.</summary>
public sealed class AssessmentFormTests
{
    private static readonly string[] Dimensions = ["organisation", "platform", "talent", "services", "mechanisms", "selfGovernance"];

    [Fact]
    public void StarAssessment_CompleteApplication_IsAccepted()
    {
        Assert.Empty(Seed.CheckForm("starAssessment", Assessment(All(85), applied: 4)));
    }

    [Fact]
    public void StarAssessment_Sections_AreTheSixDimensionsOfThePlan()
    {
        var labels = Seed.Programme.Forms["starAssessment"].Labels;
        string[] expected = ["组织领导坚强有力", "综合平台夯实有效", "人才队伍齐备多元", "服务供给便捷精准", "工作机制健全有序", "居民自治充满活力"];

        for (var i = 0; i < Dimensions.Length; i++)
        {
            Assert.Contains(expected[i], labels["/" + Dimensions[i]].Zh, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("organisation")]
    [InlineData("platform")]
    [InlineData("talent")]
    [InlineData("services")]
    [InlineData("mechanisms")]
    [InlineData("selfGovernance")]
    public void StarAssessment_ASectionWithoutEvidence_IsRejectedAtThatSection(string dimension)
    {
        var form = Assessment(All(85));
        form[dimension]!["evidence"] = new JsonArray();

        var errors = Seed.CheckForm("starAssessment", form);

        Assert.Contains(errors, e => e.Pointer == $"/{dimension}/evidence");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100.5, false)]
    [InlineData(85.25, false)]
    public void StarAssessment_Score_IsOnAHundredPointScaleInHalfPoints(double score, bool valid)
    {
        var form = Assessment(All(85));
        form["services"]!["score"] = score;

        Assert.Equal(valid, Seed.CheckForm("starAssessment", form).Count == 0);
    }

    [Fact]
    public void StarAssessment_FourStarsWithoutHighlights_IsRejected()
    {
        Assert.NotEmpty(Seed.CheckForm("starAssessment", Assessment(All(85), applied: 4, highlights: false)));
        Assert.Empty(Seed.CheckForm("starAssessment", Assessment(All(85), applied: 3, highlights: false)));
    }

    [Fact]
    public void StarAssessment_OtherFunctionAreaWithoutAName_IsRejected()
    {
        var form = Assessment(All(85));
        var areas = form["platform"]!["functionAreas"]!.AsArray();
        areas.Add(new JsonObject { ["kind"] = "other", ["area"] = 30 });
        Assert.NotEmpty(Seed.CheckForm("starAssessment", form));

        areas[^1]!["name"] = "非遗传习室";
        Assert.Empty(Seed.CheckForm("starAssessment", form));
    }

    [Fact]
    public void StarAssessment_UnknownPlaque_IsRejected()
    {
        var form = Assessment(All(85));
        form["platform"]!["plaques"]!.AsArray().Add("propertyCompany");

        Assert.NotEmpty(Seed.CheckForm("starAssessment", form));
    }

    [Fact]
    public void StarAssessment_AppliedStarOutsideThreeToFive_IsRejected()
    {
        var form = Assessment(All(85));
        form["appliedStar"] = 2;

        Assert.Contains(Seed.CheckForm("starAssessment", form), e => e.Pointer == "/appliedStar");
    }

    [Fact]
    public void GridRoster_FullTimeWorkerWithoutPhone_IsRejected()
    {
        var form = JsonNode.Parse("""
            {"grids": [{"grid": "第1网格", "households": 400, "workers": [{"name": "刘芳", "fullTime": true, "managedAsCommunityWorker": true}]}],
             "evidence": ["花名册.xlsx"]}
            """)!;
        Assert.NotEmpty(Seed.CheckForm("gridRoster", form));

        form["grids"]![0]!["workers"]![0]!["phone"] = "13907910001";
        Assert.Empty(Seed.CheckForm("gridRoster", form));
    }
}
