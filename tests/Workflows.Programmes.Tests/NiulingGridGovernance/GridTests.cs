using System.Text.Json.Nodes;
using Workflows.Model.Definitions;

namespace Workflows.Programmes.Tests.NiulingGridGovernance;

/// <summary>“将社区划分为12个网格，每个网格设立1名驻格员1名网格员” and “一网多格，一格多员，全员参与，同格同责，同奖同罚”.</summary>
public sealed class GridTests
{
    private static Programme Programme => NiulingFiles.Seed.Programme;

    private static string[] EnumOf(string form, string arrayField) =>
        Programme.Forms[form].SchemaNode["properties"]![arrayField]!["items"]!["properties"]!["category"]!["enum"]!.AsArray().Select(v => (string)v!).ToArray();

    [Fact]
    public void GridUnitType_Roles_StationedOfficerGridWorkerAndTeam()
    {
        var grid = Programme.UnitTypes["grid"];
        Assert.Equal(["gridWorker", "stationed", "teamMember"], grid.Roles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("驻格员", grid.Roles["stationed"].Label.Zh[..3]);
        Assert.Contains("cluster", grid.Parents);
    }

    [Fact]
    public void Org_TwelveGrids_EachWithExactlyOneStationedOfficerAndOneGridWorker()
    {
        var grids = NiulingFiles.UnitsOfType("grid");
        Assert.Equal(12, grids.Count);
        Assert.Equal(Programme.ParameterValues["gridCount"]!.GetValue<int>(), grids.Count);
        var people = new HashSet<string>();
        foreach (var grid in grids)
        {
            var id = (string)grid["id"]!;
            var stationed = Assert.Single(NiulingFiles.Holders(id, "stationed"));
            var worker = Assert.Single(NiulingFiles.Holders(id, "gridWorker"));
            Assert.NotEqual(stationed, worker);
            Assert.True(people.Add(stationed) && people.Add(worker), $"{id}: staff shared with another grid");
        }
    }

    [Fact]
    public void Org_TwelveGrids_FourInEachOfTheThreeClusters()
    {
        var byCluster = NiulingFiles.UnitsOfType("grid").GroupBy(g => (string)g["parent"]!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(NiulingFiles.UnitsOfType("cluster").Select(c => (string)c["id"]!).Order(), byCluster.Keys.Order());
        Assert.All(byCluster.Values, n => Assert.Equal(4, n));
    }

    [Fact]
    public void GridTeams_StationedWorkerAndTenMembers_MakeTheTwelve()
    {
        foreach (var grid in NiulingFiles.UnitsOfType("grid"))
        {
            var id = (string)grid["id"]!;
            var staff = NiulingFiles.Holders(id, "stationed").Count + NiulingFiles.Holders(id, "gridWorker").Count + NiulingFiles.Holders(id, "teamMember").Count;
            Assert.Equal(Programme.ParameterValues["gridTeamSize"]!.GetValue<int>(), staff);
        }
    }

    [Theory]
    [InlineData("gridSocialAffairs", "gridWorker")]
    [InlineData("gridCoHandledAffairs", "stationed")]
    public void GridDutyTemplates_OnePerRole_FanOutToEveryGridMonthly(string template, string role)
    {
        var task = Programme.Tasks[template];
        Assert.Equal(new Assignee("grid", role), task.Assignee);
        Assert.Null(task.When);
        Assert.Equal("monthly", task.Schedule);

        // With no when rule, every grid of org.json gets a task, for the one person holding the role there.
        Assert.All(NiulingFiles.UnitsOfType("grid"), g => Assert.Single(NiulingFiles.Holders((string)g["id"]!, role)));
    }

    [Fact]
    public void GridDuties_HandledAndCoHandled_AreTheSocialAffairsAndTasksThePlanNames()
    {
        Assert.Equal(["civilAffairs", "familyPlanning", "employment", "socialSecurity"], EnumOf("gridSocialAffairs", "cases"));
        Assert.Equal(["partyBuilding", "urbanManagement", "comprehensiveGovernance", "coBuilding", "fireSafety"], EnumOf("gridCoHandledAffairs", "cases"));
        var labels = Programme.Forms["gridCoHandledAffairs"].Ui!["cases"]!["items"]!["category"]!["ui:options"]!["enumLabels"]!;
        Assert.Equal(["党建", "城市管理", "综治", "共驻共建", "安全消防"], labels.AsObject().Select(p => (string)p.Value!["zh"]!));
    }

    [Fact]
    public void GridStaffing_SameGridSameDutyPledgeMissing_Rejected()
    {
        var form = NiulingFiles.Parse("""
            {"households": 156, "buildings": ["牛岭路1幢"], "stationed": {"name": "陈建平", "phone": "13706661234", "position": "社区工作者"},
             "gridWorker": {"name": "潘晓燕", "phone": "13587654321"}, "team": [{"name": "林立新", "source": "residentGroupHead", "duty": "楼栋信息"}], "sameDutyPledge": true}
            """);
        Assert.Empty(NiulingFiles.Seed.CheckForm("gridTeam", form));
        form["sameDutyPledge"] = false;
        Assert.Equal("/sameDutyPledge", Assert.Single(NiulingFiles.Seed.CheckForm("gridTeam", form)).Pointer);
        form.Remove("stationed");
        Assert.Contains(NiulingFiles.Seed.CheckForm("gridTeam", form), e => e.Pointer == "/stationed" && e.Code == "form.required");
    }

    [Theory]
    [InlineData(10, 12, true)]
    [InlineData(9, 11, false)]
    public void RecordGridTeam_AroundTwelveStaff_TeamCompleteFromTwelve(int members, int size, bool complete)
    {
        var team = new JsonArray(Enumerable.Range(1, members).Select(i => (JsonNode)new JsonObject { ["name"] = $"队员{i}", ["source"] = "volunteer", ["duty"] = "巡查" }).ToArray());
        var input = new JsonObject
        {
            ["form"] = new JsonObject
            {
                ["households"] = 156,
                ["buildings"] = new JsonArray("牛岭路1幢"),
                ["stationed"] = new JsonObject { ["name"] = "陈建平", ["phone"] = "13706661234", ["position"] = "社区工作者" },
                ["gridWorker"] = new JsonObject { ["name"] = "潘晓燕", ["phone"] = "13587654321" },
                ["team"] = team,
                ["sameDutyPledge"] = true,
            },
        };
        var state = NiulingFiles.Seed.Eval("recordGridTeam", input)!["unitState"]!;
        Assert.Equal(size, NiulingFiles.Num(state["teamSize"]));
        Assert.Equal(complete, state["teamComplete"]!.GetValue<bool>());
        Assert.True(state["staffed"]!.GetValue<bool>());
    }

    [Fact]
    public void Metrics_GridsStaffed_TargetIsAllTwelveByTheStartOfCreation()
    {
        var metric = Programme.Metrics["gridsStaffed"];
        Assert.Equal(12, metric.Target!.Value);
        Assert.Equal(new NodaTime.LocalDate(2013, 6, 1), metric.Deadline);
        Assert.Equal(3, Programme.Metrics["clustersSelfGoverned"].Target!.Value);
    }
}
