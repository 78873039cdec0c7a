using System.Text.Json.Nodes;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.KailiUrbanRuralGovernance;

public sealed class LeadAndResponsibleTests
{
    private static readonly SeedProgramme Kaili = SeedProgramme.Load(KailiFiles.Folder);

    [Fact]
    public void EveryTaskTemplate_LeadAndResponsibleCodes_ResolveToOneDepartmentOfKailiEach()
    {
        var departments = KailiFiles.Units().Where(u => (string?)u!["type"] == "department").ToList();

        foreach (var task in Kaili.Programme.Tasks.Values)
        {
            Assert.True(task.Lead is { Code: not null }, $"{task.Id} has no lead bureau");
            Assert.NotEmpty(task.Responsible);
            foreach (var selector in task.Responsible.Prepend(task.Lead!).Where(s => s.Code is not null))
            {
                var matches = departments.Where(d => (string?)d!["code"] == selector.Code).ToList();
                Assert.True(matches.Count == 1, $"{task.Id}: code {selector.Code} matches {matches.Count} departments");
                Assert.Equal("department", selector.UnitType);
                Assert.Equal(selector.Name!.Zh, (string?)matches[0]!["name"]!["zh"]);
                Assert.Equal("kaili", (string?)matches[0]!["parent"]);
            }
        }
    }

    [Fact]
    public void EveryTaskTemplate_ResponsibleUnits_IncludeTheTownOrStreetGovernmentWithoutCode()
    {
        foreach (var task in Kaili.Programme.Tasks.Values)
        {
            var town = Assert.Single(task.Responsible, s => s.Code is null);
            Assert.Equal("town", town.UnitType);
            Assert.Contains("镇", town.Name!.Zh);
            Assert.True(Kaili.Programme.Tasks[task.Id].Assignee.UnitType is "community" or "town", task.Id);
        }
    }

    [Theory]
    [InlineData("urbanServiceStation", "mzj", "zzb,zfw,fgj,czj,fpb,gaj,wjj,jkj,yjj,wtlj,zjj,zwzx")]
    [InlineData("partyBuilding", "zzb", "jwjw,mzj")]
    [InlineData("ruleOfLaw", "sfj", "mzj")]
    [InlineData("safeCommunity", "zfw", "sfj,gaj,yjj,wjj,mzj,xfj,scjgj,zgh,fl,tsw")]
    [InlineData("livingEnvironment", "fgj", "zjj,sthjj,czj,nyj,mzj,swuju,zrzyj")]
    [InlineData("workerTraining", "zzb", "rsj,czj,mzj,zjj,ybj,gjj")]
    public void TaskTemplate_AsThePlanNamesThem_HasItsLeadAndResponsibleBureaus(string task, string lead, string responsible)
    {
        var template = Kaili.Programme.Tasks[task];

        Assert.Equal(lead, template.Lead!.Code);
        Assert.Equal(responsible.Split(','), template.Responsible.Where(s => s.Code is not null).Select(s => s.Code!));
    }

    [Fact]
    public void ElevenGovernanceAreas_AreTaskTemplatesOfTheImplementationPhase()
    {
        string[] areas = ["partyBuilding", "powerList", "selfGovernance", "socialOrganisations", "communityEducation", "ruleOfLaw", "safeCommunity", "smartCommunity", "livingEnvironment", "burdenReduction", "propertyManagement"];

        Assert.All(areas, a => Assert.Equal("implementation", Kaili.Programme.Tasks[a].Phase));
        Assert.Equal(11, areas.Distinct().Count());
    }

    [Fact]
    public void StationTasks_WhenRules_GiveEveryDirectoryCommunityExactlyOneStationTask()
    {
        var communities = KailiFiles.Units().Where(u => (string?)u!["type"] == "community").Select(u => u!.AsObject()).ToList();
        string[] stationTasks = ["urbanServiceStation", "relocationCommunity", "ruralServiceStation"];

        var counts = stationTasks.ToDictionary(t => t, t => communities.Count(c => Kaili.Eval(Kaili.Programme.Tasks[t].When!, new JsonObject { ["unit"] = c.DeepClone() })!.GetValue<bool>()));
        var perCommunity = communities.Select(c => stationTasks.Count(t => Kaili.Eval(Kaili.Programme.Tasks[t].When!, new JsonObject { ["unit"] = c.DeepClone() })!.GetValue<bool>()));

        Assert.Equal(5, counts["urbanServiceStation"]);
        Assert.Equal(2, counts["relocationCommunity"]); // 杭州路社区, 清泉社区
        Assert.Equal(6, counts["ruralServiceStation"]);
        Assert.All(perCommunity, n => Assert.Equal(1, n));
        Assert.All(stationTasks, t => Assert.Equal("stationFacilities", Kaili.Programme.Tasks[t].Form));
    }

    [Fact]
    public void OrgDirectory_EveryRoleTheTasksNeed_IsHeldInEveryUnitOfItsType()
    {
        var units = KailiFiles.Units().Select(u => u!.AsObject()).ToList();
        var grants = KailiFiles.Users().SelectMany(u => u!["roles"]!.AsArray()).Select(r => ((string)r!["unit"]!, (string)r["role"]!)).ToHashSet();
        var needed = Kaili.Programme.Tasks.Values.Select(t => (t.Assignee.UnitType, t.Assignee.Role))
            .Concat(Kaili.Programme.Tasks.Values.SelectMany(t => t.Review).Select(r => (r.UnitType, r.Role))).Distinct();

        foreach (var (type, role) in needed)
        {
            var ofType = units.Where(u => (string?)u["type"] == type).ToList();
            Assert.NotEmpty(ofType);
            Assert.All(ofType, u => Assert.Contains(((string)u["id"]!, role), grants));
        }
    }
}
