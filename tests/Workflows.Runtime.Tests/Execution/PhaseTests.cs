using Workflows.Runtime.Events;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class PhaseTests
{
    [Fact]
    public void Phases_ClockPassesTheirDates_EnterAndExitOnThoseDates()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        Assert.Equal(PhaseStatus.Pending, h.PhaseStatus("publicity"));

        h.AdvanceTo("2014-03-01");
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("publicity"));

        h.AdvanceTo("2014-05-31", 23);
        Assert.Equal(PhaseStatus.Pending, h.PhaseStatus("exploration"));
        h.AdvanceTo("2014-06-01");
        Assert.Equal(PhaseStatus.Exited, h.PhaseStatus("publicity"));
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("exploration"));

        h.AdvanceTo("2015-07-01");
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("consolidation"));

        h.AdvanceTo("2017-03-31", 23);
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("consolidation"));
        h.AdvanceTo("2017-04-01");
        Assert.Equal(PhaseStatus.Exited, h.PhaseStatus("consolidation"));
        Assert.Equal(InstanceStatus.Completed, h.Instance.Status);
    }

    [Fact]
    public void Phases_OneLongJump_ProcessEachDateAtItsOwnInstant()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2017-06-01");

        var entries = h.Store.Events(h.InstanceId).Where(e => e.Kind == EventKinds.PhaseEntered).ToDictionary(e => e.Subject!, e => e.At);
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2014-03-01"), entries["publicity"]);
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2014-06-01"), entries["exploration"]);
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2015-07-01"), entries["consolidation"]);
        var completed = h.Store.Events(h.InstanceId).Single(e => e.Kind == EventKinds.InstanceCompleted);
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2017-04-01"), completed.At);
    }
}
