using System.Text.Json.Nodes;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>"五社联动" projects and the "三项清单" (needs, resources, projects).</summary>
public sealed class LinkageTests
{
    private static JsonObject Project() => JsonNode.Parse("""
        {
          "projectName": "“邻里守望”长者关爱",
          "need": "辖区独居老人212人，缺少日常探访和应急联络",
          "linkageAreas": ["projectOperation", "teamBuilding"],
          "community": {"lead": "李红梅", "role": "社区党委书记、居委会主任"},
          "socialOrganisation": {"name": "南昌市东湖区益心社会工作服务中心", "registered": true, "creditCode": "52360102MJD123456X"},
          "socialWorkers": [{"name": "周敏", "qualification": "socialWorker"}],
          "volunteers": {"count": 36, "serviceHours": 820},
          "charityResources": [{"source": "江西省慈善总会", "kind": "money", "amount": 5}],
          "evidence": ["项目协议.pdf"]
        }
        """)!.AsObject();

    private static JsonObject Lists() => JsonNode.Parse("""
        {
          "year": 2023,
          "needs": [
            {"id": "N1", "category": "elderly", "description": "高龄老人助餐", "source": "doorToDoor"},
            {"id": "N2", "category": "childcare", "description": "课后托管", "source": "survey"},
            {"id": "N3", "category": "property", "description": "无物业小区楼道照明", "source": "gridReport"}
          ],
          "resources": [{"id": "R1", "kind": "venue", "provider": "社区党群服务中心"}],
          "projects": [
            {"name": "长者幸福食堂", "needIds": ["N1"], "resourceIds": ["R1"], "fundedBy": "governmentPurchase", "status": "running"},
            {"name": "楼道亮化", "needIds": ["N3", "N1"], "fundedBy": "communityFund", "status": "planned"}
          ],
          "evidence": ["三项清单.xlsx"]
        }
        """)!.AsObject();

    [Fact]
    public void FiveSocialProject_AllFiveParties_IsALinkage()
    {
        var form = Project();
        Assert.Empty(Seed.CheckForm("fiveSocialProject", form));

        var state = Seed.Eval("recordFiveSocialProject", new JsonObject { ["unit"] = Community("c1", 0), ["form"] = form })!["unitState"]!;

        Assert.True((bool)state["fiveSocialLinkage"]!);
        Assert.Equal("1", Text(state["fiveSocialProjects"]));
    }

    [Theory]
    [InlineData("socialWorkers")]
    [InlineData("charityResources")]
    public void FiveSocialProject_APartyMissing_IsNotYetALinkage(string missing)
    {
        var form = Project();
        form[missing] = new JsonArray();

        var state = Seed.Eval("recordFiveSocialProject", new JsonObject { ["unit"] = Community("c1", 0), ["form"] = form })!["unitState"]!;

        Assert.False((bool)state["fiveSocialLinkage"]!);
    }

    [Fact]
    public void FiveSocialProject_RegisteredOrganisationWithoutCreditCode_IsRejected()
    {
        var form = Project();
        form["socialOrganisation"]!.AsObject().Remove("creditCode");

        Assert.NotEmpty(Seed.CheckForm("fiveSocialProject", form));
    }

    [Fact]
    public void ThreeLists_ProjectsMatchingNeeds_CountEachNeedOnce()
    {
        var form = Lists();
        Assert.Empty(Seed.CheckForm("threeLists", form));

        var state = Seed.Eval("recordThreeLists", new JsonObject { ["form"] = form })!["unitState"]!;

        Assert.True((bool)state["threeListsFiled"]!);
        Assert.Equal("3", Text(state["needsListed"]));
        Assert.Equal("2", Text(state["needsMatched"]));
    }

    [Fact]
    public void ThreeLists_ProjectWithoutANeed_IsRejected()
    {
        var form = Lists();
        form["projects"]![0]!["needIds"] = new JsonArray();

        Assert.NotEmpty(Seed.CheckForm("threeLists", form));
    }
}
