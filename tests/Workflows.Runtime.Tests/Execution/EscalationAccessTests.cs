using System.Text.Json.Nodes;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

/// <summary>
/// The grid survey of g4 (牛岭村, 桂林街道 s2) is due 1 July 2014 and escalates 7 days later to its street. There sr2 is
/// the reviewer and clerk2 a clerk; sr1 is the reviewer of the other street. Each harness stands at 1 June 2014.
/// </summary>
public sealed class EscalationAccessTests
{
    private static readonly JsonObject Survey = new() { ["households"] = 42 };

    [Fact]
    public void EscalatedTask_EscalationRoleHolderInThatUnit_SavesReassignsAndSubmitsForTheAssignee()
    {
        var h = Harness(role: "reviewer");
        var id = h.Task("gridSurvey", "g4").Id;

        h.AdvanceTo("2014-07-07");
        Assert.True(h.Store.FindTask(id)!.Overdue);
        Assert.Equal(RejectionCodes.NotAssignee, Draft(h, id, "sr2").Code);

        h.AdvanceTo("2014-07-08");
        Assert.Equal("s2", h.Store.FindTask(id)!.EscalatedTo);
        Assert.True(Draft(h, id, "sr2").Accepted);
        Assert.True(Reassign(h, id, "sr2", "gw3").Accepted);
        Assert.True(h.Run(new SubmitTask(id, null) { IdempotencyKey = h.NextKey(), Actor = "sr2" }).Accepted);

        var task = h.Store.FindTask(id)!;
        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(["gw3"], task.Assignees);
        Assert.Equal(42, task.Data!["households"]!.GetValue<int>());
        var acts = h.Store.Events(h.InstanceId)
            .Where(e => e.Subject == id && e.Kind is EventKinds.TaskDrafted or EventKinds.TaskReassigned or EventKinds.TaskSubmitted)
            .Select(e => (e.Kind, e.Actor));
        Assert.Equal([(EventKinds.TaskDrafted, "sr2"), (EventKinds.TaskReassigned, "sr2"), (EventKinds.TaskSubmitted, "sr2")], acts);
    }

    [Theory]
    [InlineData("clerk2")] // another role in the unit the task escalated to
    [InlineData("sr1")]    // the escalation role, in another street
    [InlineData("dr")]     // a reviewer above that street
    [InlineData("gw3")]    // a grid worker of another grid
    public void EscalatedTask_AnyoneButTheRoleHolderThere_IsRefusedAsNotAssignee(string actor)
    {
        var h = Harness(role: "reviewer");
        var id = h.Task("gridSurvey", "g4").Id;
        h.AdvanceTo("2014-07-08");
        var before = h.Store.FindTask(id)!;

        Assert.Equal(RejectionCodes.NotAssignee, h.Submit(id, actor, Survey).Code);
        Assert.Equal(RejectionCodes.NotAssignee, Draft(h, id, actor).Code);
        Assert.Equal(RejectionCodes.NotAssignee, Reassign(h, id, actor, actor).Code);

        Assert.Same(before, h.Store.FindTask(id));
        Assert.True(h.Submit(id, "gw4", Survey).Accepted);
    }

    [Fact]
    public void EscalationWithoutRole_AnyRoleHolderInThatUnit_MayActButNotOtherUnits()
    {
        var h = Harness(role: null);
        var id = h.Task("gridSurvey", "g4").Id;
        h.AdvanceTo("2014-07-08");

        Assert.Equal(RejectionCodes.NotAssignee, h.Submit(id, "sr1", Survey).Code);
        Assert.True(h.Submit(id, "clerk2", Survey).Accepted);
        Assert.Equal("clerk2", h.Store.Events(h.InstanceId).Single(e => e.Subject == id && e.Kind == EventKinds.TaskSubmitted).Actor);
    }

    [Fact]
    public void Reassign_NotEscalated_OnlyAnAssigneeOrTheEngine()
    {
        var h = Harness(role: "reviewer");
        var id = h.Task("gridSurvey", "g4").Id;

        Assert.Equal(RejectionCodes.NotAssignee, Reassign(h, id, "sr2", "sr2").Code);
        Assert.True(Reassign(h, id, "gw4", "gw3").Accepted);
        Assert.True(h.Run(new ReassignTask(id, ["gw4"]) { IdempotencyKey = h.NextKey() }).Accepted);
        Assert.Equal(["gw4"], h.Store.FindTask(id)!.Assignees);
    }

    internal static RuntimeHarness Harness(string? role)
    {
        var programme = TestFiles.GovernanceProgrammeWith(d =>
        {
            d["unitTypes"]!["street"]!["roles"]!["clerk"] = new JsonObject { ["label"] = new JsonObject { ["zh"] = "街道办事员" } };
            d["tasks"]!["gridSurvey"]!["form"] = "survey";
            d["forms"]!["survey"] = new JsonObject
            {
                ["title"] = new JsonObject { ["zh"] = "入户调查表" },
                ["schema"] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["households"] = new JsonObject { ["type"] = "integer" } } },
            };
            if (role is not null)
            {
                d["tasks"]!["gridSurvey"]!["escalation"]!["role"] = role;
            }
        });
        Assert.Equal(role, programme.Tasks["gridSurvey"].Escalation!.Role);
        var clerk = new JsonObject
        {
            ["id"] = "clerk2",
            ["name"] = "桂林办事员",
            ["roles"] = new JsonArray(new JsonObject { ["unit"] = "s2", ["role"] = "clerk" }),
        };
        var h = new RuntimeHarness(programme, TestFiles.GovernanceOrgWith(programme, clerk), "2014-02-15", "city");
        h.Start();
        h.AdvanceTo("2014-06-01");
        return h;
    }

    private static CommandResult Draft(RuntimeHarness h, string id, string actor) =>
        h.Run(new SaveDraft(id, Survey) { IdempotencyKey = h.NextKey(), Actor = actor });

    private static CommandResult Reassign(RuntimeHarness h, string id, string actor, string to) =>
        h.Run(new ReassignTask(id, [to]) { IdempotencyKey = h.NextKey(), Actor = actor });
}
