using System.Text.Json.Nodes;

namespace Workflows.Programmes.Tests.NiulingGridGovernance;

/// <summary>“由居民民主选举产生由一名组长和四名委员组建的社区自治管理小组”.</summary>
public sealed class SelfGovernanceGroupTests
{
    private static readonly string[] Names = ["陈美娟", "周建平", "黄志明", "吴丽华", "郑小军", "王海燕"];

    /// <summary>A filled election record with <paramref name="members"/> members; <paramref name="leader"/> false leaves the leader out.</summary>
    private static JsonObject Election(int members, bool leader = true)
    {
        var form = new JsonObject
        {
            ["electedOn"] = "2013-06-16",
            ["householdsTotal"] = 150,
            ["householdsVoting"] = 96,
            ["members"] = new JsonArray(Names.Take(members).Select((n, i) => (JsonNode)new JsonObject { ["name"] = n, ["address"] = $"牛岭路{i + 3}幢", ["votes"] = 60 + i }).ToArray()),
            ["supervises"] = new JsonArray("environment", "security", "finance"),
            ["evidence"] = new JsonArray("组团选举记录.pdf"),
        };
        if (leader)
        {
            form["leader"] = new JsonObject { ["name"] = "林国强", ["phone"] = "13857712345", ["address"] = "牛岭路12幢201", ["votes"] = 81 };
        }

        return form;
    }

    [Fact]
    public void Form_OneLeaderAndFourMembers_Accepted()
    {
        Assert.Empty(NiulingFiles.Seed.CheckForm("selfGovernanceGroup", Election(4)));
    }

    [Theory]
    [InlineData(3, "form.minItems")]
    [InlineData(5, "form.maxItems")]
    [InlineData(0, "form.minItems")]
    public void Form_NotExactlyFourMembers_RejectedAtMembers(int members, string code)
    {
        var errors = NiulingFiles.Seed.CheckForm("selfGovernanceGroup", Election(members));
        var error = Assert.Single(errors);
        Assert.Equal("/members", error.Pointer);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Form_MissingLeader_RejectedAtLeader()
    {
        var error = Assert.Single(NiulingFiles.Seed.CheckForm("selfGovernanceGroup", Election(4, leader: false)));
        Assert.Equal("/leader", error.Pointer);
        Assert.Equal("form.required", error.Code);
    }

    [Fact]
    public void Form_LeaderGivenAsAList_RejectedAtLeader()
    {
        var form = Election(4);
        form["leader"] = new JsonArray(form["leader"]!.DeepClone(), form["leader"]!.DeepClone());
        Assert.Contains(NiulingFiles.Seed.CheckForm("selfGovernanceGroup", form), e => e.Pointer == "/leader");
    }

    [Fact]
    public void Form_MemberWithoutName_RejectedAtThatMembersName()
    {
        var form = Election(4);
        form["members"]![2]!.AsObject().Remove("name");
        var error = Assert.Single(NiulingFiles.Seed.CheckForm("selfGovernanceGroup", form));
        Assert.Equal("/members/2/name", error.Pointer);
    }

    [Fact]
    public void Form_ShuangyuOverlayWithSixMembers_AcceptsSixAndRejectsFour()
    {
        var schema = NiulingFiles.Shuangyu.Forms["selfGovernanceGroup"].Schema;
        Assert.Empty(schema.Validate(Election(6)));
        Assert.Equal("/members", Assert.Single(schema.Validate(Election(4))).Pointer);
        Assert.Equal(6, NiulingFiles.Shuangyu.ParameterValues["groupMembers"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(75, 60, false)]
    [InlineData(76, 60, true)]
    public void RecordSelfGovernanceGroup_AroundHalfTheHouseholdsVoting_ValidOnlyAboveHalf(int voting, int memberVotes, bool elected)
    {
        var form = Election(4);
        form["householdsVoting"] = voting;
        form["leader"]!["votes"] = memberVotes;
        foreach (var member in form["members"]!.AsArray())
        {
            member!["votes"] = memberVotes;
        }

        var effects = NiulingFiles.Seed.Eval("recordSelfGovernanceGroup", new JsonObject { ["form"] = form })!;
        Assert.Equal(elected, effects["unitState"]!["groupElected"]!.GetValue<bool>());
    }

    [Fact]
    public void ElectionTask_ClustersWithoutPropertyManagement_OneEachOrganisedByTheLiaison()
    {
        var task = NiulingFiles.Seed.Programme.Tasks["electSelfGovernanceGroup"];
        Assert.Equal(("cluster", "liaison"), (task.Assignee.UnitType, task.Assignee.Role));
        Assert.Equal("withoutPropertyManagement", task.When);
        Assert.Equal("selfGovernanceGroup", task.Form);

        var clusters = NiulingFiles.UnitsOfType("cluster");
        Assert.Equal(3, clusters.Count);
        Assert.All(clusters, c => Assert.True(NiulingFiles.Seed.Eval("withoutPropertyManagement", new JsonObject { ["unit"] = c.DeepClone() })!.GetValue<bool>()));
        foreach (var cluster in clusters)
        {
            var id = (string)cluster["id"]!;
            Assert.Single(NiulingFiles.Holders(id, "liaison"));
            Assert.Single(NiulingFiles.Holders(id, "leader"));
            Assert.Equal(4, NiulingFiles.Holders(id, "member").Count);
        }
    }

    [Fact]
    public void RepairLog_EveryRepairServiceOfThePlan_CanBeRecorded()
    {
        var log = NiulingFiles.Parse("""
            {"month": "2013-07", "services": [
              {"date": "2013-07-03", "category": "waterproofing", "building": "牛岭路5幢", "description": "屋面防水补漏", "cost": 380, "fundedBy": "groupFund", "satisfied": true},
              {"date": "2013-07-11", "category": "drainage", "building": "牛岭路6幢", "description": "疏通下水管", "cost": 0, "fundedBy": "free", "satisfied": true},
              {"date": "2013-07-15", "category": "electrical", "building": "牛岭路6幢", "description": "更换漏电开关", "cost": 60, "fundedBy": "residents", "satisfied": true},
              {"date": "2013-07-20", "category": "stairwellLighting", "building": "牛岭路7幢", "description": "更换楼道声控灯4盏", "cost": 120, "fundedBy": "community", "satisfied": true}]}
            """);
        Assert.Empty(NiulingFiles.Seed.CheckForm("repairServiceLog", log));
        log["services"]![0]!["category"] = "gardening";
        Assert.Equal("/services/0/category", Assert.Single(NiulingFiles.Seed.CheckForm("repairServiceLog", log)).Pointer);
        Assert.Equal(("cluster", "leader"), (NiulingFiles.Seed.Programme.Tasks["repairServices"].Assignee.UnitType, NiulingFiles.Seed.Programme.Tasks["repairServices"].Assignee.Role));
    }

    [Fact]
    public void RepairLog_EmptyMonthWithoutReason_RejectedAtTheReason()
    {
        var error = Assert.Single(NiulingFiles.Seed.CheckForm("repairServiceLog", NiulingFiles.Parse("""{"month": "2013-08", "services": []}""")));
        Assert.Equal("/noServiceReason", error.Pointer);
    }
}
