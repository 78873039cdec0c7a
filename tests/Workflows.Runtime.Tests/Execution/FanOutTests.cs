using Workflows.Runtime.Events;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class FanOutTests
{
    [Fact]
    public void EnterPhase_TemplateOfThePhase_OneTaskPerUnitWithRoleHoldersLeadAndResponsible()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");

        var tasks = h.Tasks("mobilise");
        Assert.Equal(["c1", "c2", "c3"], tasks.Select(t => t.Unit));
        var c3 = h.Task("mobilise", "c3");
        Assert.Equal(["sec3"], c3.Assignees);
        Assert.Equal("mzj", c3.LeadUnit);
        Assert.Equal(["s2"], c3.ResponsibleUnits);
        Assert.Equal(TaskState.Created, c3.State);
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2014-03-31"), c3.DueAt);
    }

    [Fact]
    public void EnterPhase_WhenRuleAndGridTemplate_FiltersAndFansOutPerType()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-06-01");

        Assert.Equal(5, h.Tasks("gridSurvey").Count);
        Assert.Equal(["c1", "c2"], h.Tasks("trial").Select(t => t.Unit));
        Assert.Equal(["gw1"], h.Task("gridSurvey", "g2").Assignees);
        Assert.Empty(h.Tasks("assessment"));
    }

    [Fact]
    public void Schedule_FiresWhilePhaseActive_CreatesOneRoundPerFire()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2016-09-02");

        var rounds = h.Tasks("assessment").GroupBy(t => t.Round).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<int, int> { [1] = 3, [2] = 3 }, rounds);
        var fired = h.Store.Events(h.InstanceId).Where(e => e.Kind == EventKinds.ScheduleFired && e.Subject == "annual").Select(e => e.At);
        Assert.Equal([RuntimeHarness.LocalMidnight(h.Programme, "2015-09-01"), RuntimeHarness.LocalMidnight(h.Programme, "2016-09-01")], fired);
    }

    [Fact]
    public void ManualCommand_ExitCriterionWithManual_LeavesPhaseEarly()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-04-01");

        var result = h.Run(new Commands.ExitPhase(h.InstanceId, "publicity") { IdempotencyKey = h.NextKey() });

        Assert.True(result.Accepted, result.ToString());
        Assert.Equal(PhaseStatus.Exited, h.PhaseStatus("publicity"));
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("exploration"));
    }

    [Fact]
    public void ManualCommand_NoManualCriterion_IsRejected()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-07-01");

        var result = h.Run(new Commands.ExitPhase(h.InstanceId, "exploration") { IdempotencyKey = h.NextKey() });

        Assert.False(result.Accepted);
        Assert.Equal(Commands.RejectionCodes.CriteriaNotMet, result.Code);
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("exploration"));
    }
}
