using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.FiveSocialLinkage;

public sealed class ProjectChainTests
{
    private static readonly SeedProgramme Linkage = SeedProgramme.Load(FiveSocialFiles.Folder);

    [Fact]
    public void ProjectSteps_FollowingOnCompleteCreateTasks_RunFromNeedToCharityInThePlansOrder()
    {
        var chain = new List<string> { "needsSurvey" };
        while (Linkage.Programme.Tasks[chain[^1]].OnComplete.SingleOrDefault(a => a.Kind == ActionKind.CreateTasks) is { } next)
        {
            Assert.DoesNotContain(next.Target!, chain);
            chain.Add(next.Target!);
        }

        Assert.Equal(["needsSurvey", "projectDesign", "projectUndertaking", "projectDelivery", "volunteerRecruitment", "charityFunding"], chain);
        Assert.Equal(["director", "director", "socialOrganisationLead", "socialWorker", "volunteerLeader", "charityLiaison"], chain.Select(t => Linkage.Programme.Tasks[t].Assignee.Role));
        Assert.All(chain, t => Assert.Equal("community", Linkage.Programme.Tasks[t].Assignee.UnitType)); // createTasks from a community's task reaches that same community
        Assert.Equal(chain.Count, Linkage.Programme.Tasks.Count);
    }

    [Fact]
    public void ProjectSteps_OnlyTheNeedsSurvey_IsStartedByPhaseAndSchedule()
    {
        var survey = Linkage.Programme.Tasks["needsSurvey"];

        Assert.Equal(("linkage", "surveyCycle"), (survey.Phase, survey.Schedule));
        Assert.All(Linkage.Programme.Tasks.Values.Where(t => t.Id != "needsSurvey"), t => Assert.Equal((null, null), (t.Phase, t.Schedule)));
    }

    [Fact]
    public void NeedsSurvey_OnComplete_MatchesTheListsBeforeTheDesignIsCreated()
    {
        var actions = Linkage.Programme.Tasks["needsSurvey"].OnComplete;

        Assert.Equal((ActionKind.RunRule, "matchThreeLists"), (actions[0].Kind, actions[0].Target));
        Assert.Equal((ActionKind.CreateTasks, "projectDesign"), (actions[1].Kind, actions[1].Target));
        Assert.Equal("hasMatchedProject", Linkage.Programme.Tasks["projectDesign"].When);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void ProjectDesign_WithoutAValidProjectInTheLists_IsNotCreated(int projectsMatched, bool created)
    {
        var unit = new JsonObject { ["id"] = "comm-binjiang", ["type"] = "community", ["state"] = new JsonObject { ["projectsMatched"] = projectsMatched } };

        Assert.Equal(created, Linkage.Eval("hasMatchedProject", new JsonObject { ["unit"] = unit })!.GetValue<bool>());
    }

    [Fact]
    public void OrgDirectory_EveryCommunity_HasSomeoneInEachOfTheFiveParties()
    {
        var org = FiveSocialFiles.Json("org.json");
        var communities = org["units"]!.AsArray().Where(u => (string?)u!["type"] == "community").Select(u => (string)u!["id"]!).ToList();
        var grants = org["users"]!.AsArray().SelectMany(u => u!["roles"]!.AsArray()).Select(r => ((string)r!["unit"]!, (string)r["role"]!)).ToHashSet();
        var roles = Linkage.Programme.Tasks.Values.Select(t => t.Assignee.Role).Distinct().ToList();

        Assert.Equal(5, roles.Count); // community, social organisation, social worker, volunteers, charity
        Assert.Equal(3, communities.Count);
        Assert.All(communities, c => Assert.All(roles, r => Assert.Contains((c, r), grants)));
    }

    [Theory]
    [InlineData(true, 2)]
    [InlineData(false, 1)]
    public void ProjectDesign_BeyondTheMatchedNeeds_AlsoGoesToTheDistrict(bool beyond, int levels)
    {
        var review = Linkage.Programme.Tasks["projectDesign"].Review;
        var input = new JsonObject
        {
            ["unit"] = new JsonObject { ["id"] = "comm-binjiang", ["state"] = new JsonObject { ["needsMatched"] = 2 } },
            ["form"] = new JsonObject { ["needIds"] = beyond ? new JsonArray("N1", "N2", "N3") : new JsonArray("N1", "N2") },
        };

        var applying = review.Count(l => l.When is null || Linkage.Eval(l.When, input.DeepClone().AsObject())!.GetValue<bool>());

        Assert.Equal(levels, applying);
        Assert.Equal(("district", "civilAffairs"), (review[1].UnitType, review[1].Role));
    }

    [Fact]
    public void SurveyCycle_Default_FiresYearlyFromTheStartDate()
    {
        var schedule = Linkage.Programme.Schedules["surveyCycle"];

        var first = schedule.NextAfter(Instant.FromUtc(2023, 1, 1, 0, 0))!.Value;
        var second = schedule.NextAfter(first)!.Value;

        Assert.Equal(new LocalDate(2023, 3, 1), first.InZone(Linkage.Programme.Zone).Date);
        Assert.Equal(new LocalDate(2024, 3, 1), second.InZone(Linkage.Programme.Zone).Date);
    }

    [Fact]
    public void StepDeadlines_EachStep_ComesFromItsDurationParameter()
    {
        Assert.Equal(Period.FromDays(30), Linkage.Programme.Tasks["projectDesign"].Due!.Within);
        Assert.Equal(Period.FromDays(15), Linkage.Programme.Tasks["projectUndertaking"].Due!.Within);
        Assert.Equal(Period.FromMonths(3), Linkage.Programme.Tasks["projectDelivery"].Due!.Within);
        Assert.All(Linkage.Programme.Tasks.Keys, t => Assert.Equal(MetricAggregate.OnTimeRate, Linkage.Programme.Metrics[t + "OnTime"].Aggregate));
        Assert.Equal(new LocalDate(2027, 1, 1), Linkage.Programme.Metrics["volunteerHours"].Deadline);
        Assert.Equal(500, Linkage.Programme.Metrics["volunteerHours"].Target!.Value);
    }
}
