using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

/// <summary>The repository's 54321 programme (篇五) and its directory, when they are present.</summary>
public sealed class HappyCommunityTests
{
    private static RuntimeHarness? Harness()
    {
        if (TestFiles.HappyCommunityDirectory is not { } dir)
        {
            return null; // written by another area; our own programme covers the same ground meanwhile
        }

        var programme = TestFiles.Read(Path.Combine(dir, "programme.json"));
        var org = TestFiles.LoadOrg(Path.Combine(dir, "org.json"), programme);
        var scope = org.Units.First(u => u.Parent is null).Id;
        return new RuntimeHarness(programme, org, "2014-02-01", scope);
    }

    [Fact]
    public void Phases_54321Plan_EnterOnTheirDatesAndCloseAfter31March2017()
    {
        if (Harness() is not { } h)
        {
            return;
        }

        h.Start();
        h.AdvanceTo("2014-05-31");
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("publicity"));
        Assert.Equal(PhaseStatus.Pending, h.PhaseStatus("exploration"));
        h.AdvanceTo("2014-06-01");
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("exploration"));
        h.AdvanceTo("2015-06-30");
        Assert.Equal(PhaseStatus.Pending, h.PhaseStatus("consolidation"));
        h.AdvanceTo("2015-07-01");
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("consolidation"));
        h.AdvanceTo("2017-03-31", 23);
        Assert.Equal(PhaseStatus.Active, h.PhaseStatus("consolidation"));
        h.AdvanceTo("2017-04-01");
        Assert.Equal(PhaseStatus.Exited, h.PhaseStatus("consolidation"));
        Assert.Equal(InstanceStatus.Completed, h.Instance.Status);
        Assert.Empty(h.Store.Events(h.InstanceId).Where(e => e.Kind == Events.EventKinds.RuleFailed).Select(e => e.After));
    }

    [Fact]
    public void FanOut_54321Plan_OneTaskPerCommunityAndPerGrid()
    {
        if (Harness() is not { } h)
        {
            return;
        }

        h.Start();
        h.AdvanceTo("2014-03-01");

        var communities = h.Runtime.Organisation.DescendantsOfType(h.Scope, "community").Count;
        var grids = h.Runtime.Organisation.DescendantsOfType(h.Scope, "grid").Count;
        Assert.Equal(communities, h.Tasks("publicityCampaign").Count);
        Assert.Equal(grids, h.Tasks("householdSurvey").Count);
        Assert.All(h.Tasks("householdSurvey"), t => Assert.NotEmpty(t.Assignees));
    }
}
