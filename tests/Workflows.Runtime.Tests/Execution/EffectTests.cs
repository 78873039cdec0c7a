using System.Text.Json.Nodes;
using Workflows.Runtime.Events;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class EffectTests
{
    [Fact]
    public void CohortRerating_ThreeYearlySchedule_RaisesOneStarLevelAndLowersAnother()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");
        Assess(h, "c1", "dir1", 95);
        Assess(h, "c2", "dir2", 45);
        Assess(h, "c3", "dir3", 65);
        Assert.Equal("95", h.UnitState("c1", "score")!.ToJsonString());

        h.AdvanceTo("2016-12-15");

        Assert.Equal("5", h.UnitState("c1", "starLevel")!.ToJsonString());
        Assert.Equal("2", h.UnitState("c2", "starLevel")!.ToJsonString());
        Assert.Null(h.UnitState("c3", "starLevel"));
        Assert.Equal("1", h.Instance.State["reratings"]!.ToJsonString());
        var change = h.Store.Events(h.InstanceId).Single(e => e.Kind == EventKinds.UnitStateChanged && e.Subject == "c2" && e.After!.Contains("starLevel", StringComparison.Ordinal));
        Assert.Equal("""{"starLevel":3}""", change.Before);
        Assert.Equal("""{"starLevel":2}""", change.After);
    }

    [Fact]
    public void OnComplete_CreateTasks_CreatesTheFollowUpForThatUnitOnly()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");

        Assess(h, "c3", "dir3", 65);

        var followUp = Assert.Single(h.Tasks("followUp"));
        Assert.Equal("c3", followUp.Unit);
        Assert.Equal(["sec3"], followUp.Assignees);
    }

    [Fact]
    public void CancelAndReassign_OpenTask_AreLoggedWithBeforeAndAfter()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-06-01");
        var survey = h.Task("gridSurvey", "g4").Id;
        var trial = h.Task("trial", "c1").Id;

        Assert.True(h.Run(new Commands.ReassignTask(survey, ["gw3"]) { IdempotencyKey = h.NextKey() }).Accepted);
        Assert.True(h.Run(new Commands.CancelTask(trial, "试点取消") { IdempotencyKey = h.NextKey() }).Accepted);
        var again = h.Run(new Commands.CancelTask(trial) { IdempotencyKey = h.NextKey() });

        Assert.Equal(["gw3"], h.Store.FindTask(survey)!.Assignees);
        var reassigned = h.Store.Events(h.InstanceId).Single(e => e.Kind == EventKinds.TaskReassigned);
        Assert.Equal("""["gw4"]""", reassigned.Before);
        Assert.Equal("""["gw3"]""", reassigned.After);
        Assert.Equal(State.TaskState.Cancelled, h.Store.FindTask(trial)!.State);
        Assert.Equal(Commands.RejectionCodes.TaskState, again.Code);
    }

    internal static void Assess(RuntimeHarness h, string unit, string director, int score)
    {
        var id = h.Task("assessment", unit).Id;
        Assert.True(h.Submit(id, director, new JsonObject { ["score"] = score }).Accepted);
        var street = h.Organisation(unit);
        Assert.True(h.Approve(id, street).Accepted);
        if (score >= 75)
        {
            Assert.True(h.Approve(id, "director").Accepted);
        }
    }
}
