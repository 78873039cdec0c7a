using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.FiveSocialLinkage;

public sealed class ThreeListsAndStepRuleTests
{
    private static readonly SeedProgramme Linkage = SeedProgramme.Load(FiveSocialFiles.Folder);

    [Fact]
    public void MatchThreeLists_TwoProjectsCoveringThreeOfFourNeeds_Matches75Percent()
    {
        var lists = Lists(["N1", "N2", "N3", "N4"], ["R1", "R2"], [("P1", ["N1", "N2"], ["R1"]), ("P2", ["N3"], ["R2"])]);

        var state = Linkage.Eval("matchThreeLists", new JsonObject { ["form"] = lists })!["unitState"]!;

        Assert.Equal(3, FiveSocialFiles.Number(state["needsMatched"]));
        Assert.Equal(0.75, FiveSocialFiles.Number(state["matchShare"]));
        Assert.True(state["listsConsistent"]!.GetValue<bool>());
        Assert.False(Linkage.Eval("matchedEnough", new JsonObject { ["unit"] = new JsonObject { ["id"] = "c", ["state"] = state.DeepClone() } })!.GetValue<bool>());
    }

    [Fact]
    public void MatchThreeLists_ProjectNamingAnUnlistedNeedOrResource_DoesNotCount()
    {
        var lists = Lists(["N1", "N2"], ["R1"], [("P1", ["N1"], ["R9"]), ("P2", ["N7"], []), ("P3", ["N2"], ["R1"])]);

        var state = Linkage.Eval("matchThreeLists", new JsonObject { ["form"] = lists })!["unitState"]!;

        Assert.Equal(1, FiveSocialFiles.Number(state["projectsMatched"]));
        Assert.Equal(1, FiveSocialFiles.Number(state["needsMatched"]));
        Assert.False(state["listsConsistent"]!.GetValue<bool>());
    }

    [Fact]
    public void ThreeListsForm_ProjectWithoutANeed_IsRejected()
    {
        var lists = Lists(["N1"], [], [("P1", [], [])]);

        var errors = Linkage.CheckForm("threeLists", lists);

        Assert.Contains(errors, e => e.Pointer == "/projects/0/needIds");
        Assert.Empty(Linkage.CheckForm("threeLists", Lists(["N1"], [], [("P1", ["N1"], [])])));
    }

    [Theory]
    [InlineData(24000, true)]
    [InlineData(23999, false)]
    public void RecordFunding_ThirtyPercentOfTheBudget_IsTheLineForFunded(double raised, bool funded)
    {
        var state = Linkage.Eval("recordFunding", new JsonObject { ["form"] = Funding(raised, 80000) })!["unitState"]!;

        Assert.Equal(0.3, FiveSocialFiles.Number(Linkage.Programme.ParameterValues["fundingShareTarget"]));
        Assert.Equal(funded, state["funded"]!.GetValue<bool>());
        Assert.Equal(raised, FiveSocialFiles.Number(state["fundsRaised"]));
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(4, false)]
    public void RecordVolunteers_FiveDistinctVolunteers_AreEnough(int people, bool enough)
    {
        var form = new JsonObject
        {
            ["volunteers"] = new JsonArray(Enumerable.Range(1, people).Select(i => (JsonNode?)new JsonObject { ["name"] = "志愿者" + i, ["hours"] = 4 }).Append(new JsonObject { ["name"] = "志愿者1", ["hours"] = 2 }).ToArray()),
            ["evidence"] = new JsonArray("签到表.jpg"),
        };

        var state = Linkage.Eval("recordVolunteers", new JsonObject { ["form"] = form })!["unitState"]!;

        Assert.Equal(enough, state["volunteersEnough"]!.GetValue<bool>());
        Assert.Equal(people * 4 + 2, FiveSocialFiles.Number(state["volunteerHours"]));
    }

    [Fact]
    public void UndertakingForm_WithoutASignedAgreement_IsRejected()
    {
        var form = new JsonObject
        {
            ["organisation"] = "阳光社会工作服务中心",
            ["creditCode"] = "52360100MJD123456X",
            ["agreementSigned"] = true,
            ["agreementDate"] = "2023-05-01",
            ["projectLead"] = "黄志刚",
            ["socialWorkers"] = new JsonArray(new JsonObject { ["name"] = "罗晓燕", ["qualification"] = "socialWorker" }),
            ["evidence"] = new JsonArray("服务协议.pdf"),
        };

        Assert.Empty(Linkage.CheckForm("undertaking", form));
        form["agreementSigned"] = false;
        Assert.Contains(Linkage.CheckForm("undertaking", form), e => e.Pointer == "/agreementSigned");
        form["agreementSigned"] = true;
        form["creditCode"] = "12345";
        Assert.Contains(Linkage.CheckForm("undertaking", form), e => e.Pointer == "/creditCode");
    }

    [Fact]
    public void CityOverlay_HalfTheBudget_TurnsA30PercentProjectIntoFundingShort()
    {
        var city = FiveSocialFiles.City();

        var state = FiveSocialFiles.Eval(city, "recordFunding", new JsonObject { ["form"] = Funding(24000, 80000) })!["unitState"]!;

        Assert.False(state["funded"]!.GetValue<bool>());
        Assert.Equal("fundingShort", (string?)state["projectStage"]);
        Assert.True(FiveSocialFiles.Eval(city, "recordFunding", new JsonObject { ["form"] = Funding(40000, 80000) })!["unitState"]!["funded"]!.GetValue<bool>());
    }

    [Fact]
    public void CityOverlay_SurveyEverySixMonthsAndShorterDesign_ChangeTheTimers()
    {
        var city = FiveSocialFiles.City();
        var schedule = city.Schedules["surveyCycle"];

        var first = schedule.NextAfter(Instant.FromUtc(2023, 12, 1, 0, 0))!.Value;
        var second = schedule.NextAfter(first)!.Value;

        Assert.Equal(new LocalDate(2024, 1, 1), first.InZone(city.Zone).Date);
        Assert.Equal(new LocalDate(2024, 7, 1), second.InZone(city.Zone).Date);
        Assert.Equal(Period.FromDays(20), city.Tasks["projectDesign"].Due!.Within);
        Assert.All(city.Tasks["projectDesign"].Review, l => Assert.Null(l.When)); // the district reviews every project
        Assert.Equal(0.9, city.Metrics["needsMatched"].Target!.Value);
    }

    private static JsonObject Funding(double raised, double budget) => new()
    {
        ["sources"] = new JsonArray(new JsonObject { ["donor"] = "滨江社区基金", ["channel"] = "communityFund", ["kind"] = "money", ["amount"] = raised }),
        ["budget"] = budget,
        ["publicised"] = true,
        ["evidence"] = new JsonArray("捐赠公示.jpg"),
    };

    private static JsonObject Lists(string[] needs, string[] resources, (string Id, string[] Needs, string[] Resources)[] projects) => new()
    {
        ["surveyDate"] = "2023-03-20",
        ["needs"] = new JsonArray(needs.Select(n => (JsonNode?)new JsonObject { ["id"] = n, ["title"] = "需求" + n, ["category"] = "elderly", ["people"] = 20 }).ToArray()),
        ["resources"] = new JsonArray(resources.Select(r => (JsonNode?)new JsonObject { ["id"] = r, ["kind"] = "venue", ["provider"] = "社区" }).ToArray()),
        ["projects"] = new JsonArray(projects.Select(p => (JsonNode?)new JsonObject
        {
            ["id"] = p.Id,
            ["title"] = "项目" + p.Id,
            ["needIds"] = new JsonArray(p.Needs.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()),
            ["resourceIds"] = new JsonArray(p.Resources.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
        }).ToArray()),
        ["evidence"] = new JsonArray("需求摸排表.xlsx"),
    };
}
