using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.ThreePartyLinkage;

public sealed class FollowUpRoutingTests
{
    private static readonly SeedProgramme Linkage = SeedProgramme.Load(ThreePartyFiles.Folder);

    private static readonly Dictionary<string, (string Template, string Role, string State)> Parties = new()
    {
        ["residentsCommittee"] = ("followUpResidentsCommittee", "rcMember", "pendingResidentsCommittee"),
        ["ownersCommittee"] = ("followUpOwnersCommittee", "ownersChair", "pendingOwnersCommittee"),
        ["propertyCompany"] = ("followUpPropertyCompany", "propertyManager", "pendingPropertyCompany"),
    };

    [Theory]
    [InlineData("propertyCompany,propertyCompany,ownersCommittee", 0, 1, 2)]
    [InlineData("residentsCommittee", 1, 0, 0)]
    [InlineData("", 0, 0, 0)]
    [InlineData("residentsCommittee,ownersCommittee,propertyCompany,ownersCommittee", 1, 2, 1)]
    public void RouteFollowUps_DecisionsInTheMinutes_AreCountedForThePartyThatOwnsEach(string owners, int residents, int ownersCommittee, int property)
    {
        var decisions = owners.Length == 0 ? [] : owners.Split(',');

        var state = Linkage.Eval("routeFollowUps", new JsonObject { ["form"] = Minutes(decisions) })!["unitState"]!;

        Assert.Equal(residents, ThreePartyFiles.Number(state["pendingResidentsCommittee"]));
        Assert.Equal(ownersCommittee, ThreePartyFiles.Number(state["pendingOwnersCommittee"]));
        Assert.Equal(property, ThreePartyFiles.Number(state["pendingPropertyCompany"]));
        Assert.Equal("2024-03-08", (string?)state["lastMeetingOn"]);
    }

    [Theory]
    [InlineData("propertyCompany,propertyCompany,ownersCommittee", "ownersCommittee,propertyCompany")]
    [InlineData("residentsCommittee", "residentsCommittee")]
    [InlineData("", "")]
    public void FollowUpTemplates_AfterRouting_OnlyPartiesGivenDecisionsGetATask(string owners, string expected)
    {
        var decisions = owners.Length == 0 ? [] : owners.Split(',');
        var state = Linkage.Eval("routeFollowUps", new JsonObject { ["form"] = Minutes(decisions) })!["unitState"]!;
        var unit = new JsonObject
        {
            ["id"] = "nb-lijing",
            ["type"] = "neighbourhood",
            ["attributes"] = new JsonObject { ["hasOwnersCommittee"] = true, ["hasPropertyCompany"] = true },
            ["state"] = state.DeepClone(),
        };

        var created = Parties.Where(p => Linkage.Eval(Linkage.Programme.Tasks[p.Value.Template].When!, new JsonObject { ["unit"] = unit.DeepClone() })!.GetValue<bool>())
            .Select(p => p.Key).Order(StringComparer.Ordinal);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split(','), created);
    }

    [Fact]
    public void JointMeeting_OnComplete_RoutesTheMinutesBeforeCreatingEachPartysFollowUp()
    {
        var actions = Linkage.Programme.Tasks["jointMeeting"].OnComplete;

        Assert.Equal(ActionKind.RunRule, actions[0].Kind);
        Assert.Equal("routeFollowUps", actions[0].Target);
        Assert.Equal(Parties.Values.Select(p => p.Template).Order(StringComparer.Ordinal), actions.Skip(1).Select(a => a.Target!).Order(StringComparer.Ordinal));
        Assert.All(actions.Skip(1), a => Assert.Equal(ActionKind.CreateTasks, a.Kind));
        Assert.Equal("jointMeetingMinutes", Linkage.Programme.Rules["routeFollowUps"].Form);
    }

    [Fact]
    public void FollowUpTemplates_EachParty_GoesToItsOwnRoleAndTheResidentsCommitteeReviewsIt()
    {
        foreach (var (party, (template, role, _)) in Parties)
        {
            var task = Linkage.Programme.Tasks[template];

            Assert.Equal(new Assignee("neighbourhood", role), task.Assignee);
            Assert.Null(task.Phase); // created only by the meeting's createTasks
            var review = Assert.Single(task.Review);
            Assert.Equal(("community", "director"), (review.UnitType, review.Role));
            Assert.Equal("followUpReport", task.Form);
            Assert.True(Linkage.Programme.UnitTypes["neighbourhood"].Roles.ContainsKey(role), party);
        }

        Assert.Equal(3, Parties.Values.Select(p => p.Role).Distinct().Count());
    }

    [Fact]
    public void RecordFollowUp_ReviewedReport_LeavesOnlyTheOpenItemsPendingForThatParty()
    {
        var form = new JsonObject
        {
            ["items"] = new JsonArray(
                new JsonObject { ["issueNo"] = 1, ["actionTaken"] = "更换水泵", ["done"] = true, ["completedOn"] = "2024-03-15" },
                new JsonObject { ["issueNo"] = 2, ["actionTaken"] = "联系供电公司", ["done"] = false, ["reasonNotDone"] = "等待供电公司排期", ["expectedOn"] = "2024-04-10" }),
            ["residentsInformed"] = true,
            ["evidence"] = new JsonArray("整改照片.zip"),
        };
        var input = new JsonObject
        {
            ["form"] = form,
            ["task"] = new JsonObject { ["template"] = "followUpPropertyCompany", ["unit"] = "nb-lijing", ["createdAt"] = "2024-03-10T16:00:00+08:00", ["round"] = 1 },
        };

        var state = Linkage.Eval("recordFollowUp", input)!["unitState"]!.AsObject();

        Assert.Equal(1, ThreePartyFiles.Number(state["pendingPropertyCompany"]));
        Assert.Single(state);
    }

    internal static JsonObject Minutes(IReadOnlyList<string> decisionOwners) => new()
    {
        ["meetingDate"] = "2024-03-08",
        ["location"] = "滨河社区会议室",
        ["attendees"] = new JsonArray(
            new JsonObject { ["name"] = "李红", ["party"] = "residentsCommittee" },
            new JsonObject { ["name"] = "周强", ["party"] = "ownersCommittee" },
            new JsonObject { ["name"] = "陈立", ["party"] = "propertyCompany" }),
        ["issues"] = new JsonArray(decisionOwners.Select((_, i) => (JsonNode?)new JsonObject
        {
            ["no"] = i + 1, ["title"] = "问题" + (i + 1), ["raisedBy"] = "residents", ["category"] = "repairs",
        }).ToArray()),
        ["decisions"] = new JsonArray(decisionOwners.Select((owner, i) => (JsonNode?)new JsonObject
        {
            ["issueNo"] = i + 1, ["decision"] = "决定" + (i + 1), ["owner"] = owner,
        }).ToArray()),
        ["noIssues"] = decisionOwners.Count == 0,
        ["evidence"] = new JsonArray("签到表.jpg"),
    };
}
