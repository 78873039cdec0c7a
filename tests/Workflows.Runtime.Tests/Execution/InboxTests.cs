using System.Text.Json.Nodes;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

/// <summary>A user's inbox: what waits for them as assignee, as the reviewer of the current level, or as the supervising unit.</summary>
public sealed class InboxTests
{
    [Fact]
    public void Inbox_AssessmentSubmitted_MovesFromTheDirectorToTheStreetReviewer()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");
        var id = h.Task("assessment", "c1").Id;
        var reviewer = h.Organisation("c1");
        var otherReviewer = h.Organisation("c3");

        var before = h.Runtime.Inbox(h.InstanceId, "dir1");
        Assert.Contains(before, i => i.Task.Id == id && i.Reason == InboxReason.Assignee);
        Assert.All(before, i => Assert.Equal("c1", i.Task.Unit));
        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, reviewer), i => i.Task.Id == id);

        Assert.True(h.Submit(id, "dir1", new JsonObject { ["score"] = 70 }).Accepted);

        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, "dir1"), i => i.Task.Id == id);
        var review = Assert.Single(h.Runtime.Inbox(h.InstanceId, reviewer), i => i.Task.Id == id);
        Assert.Equal(InboxReason.Reviewer, review.Reason);
        Assert.Equal(h.Store.FindTask(id)!.ReviewLevels[0], review.ReviewLevel);
        Assert.NotEqual(reviewer, otherReviewer);
        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, otherReviewer), i => i.Task.Id == id);
    }

    [Fact]
    public void Inbox_EscalatedSurvey_ReachesTheSupervisorThereFirstInLine()
    {
        var h = EscalationAccessTests.Harness(role: "reviewer");
        var id = h.Task("gridSurvey", "g4").Id;
        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, "sr2"), i => i.Task.Id == id);

        h.AdvanceTo("2014-07-08");

        var supervisor = h.Runtime.Inbox(h.InstanceId, "sr2");
        Assert.Equal(InboxReason.Supervisor, Assert.Single(supervisor, i => i.Task.Id == id).Reason);
        Assert.All(supervisor.TakeWhile(i => i.Task.Overdue), i => Assert.True(i.Task.Overdue));
        Assert.True(supervisor[0].Task.Overdue);
        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, "sr1"), i => i.Task.Id == id);
        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, "clerk2"), i => i.Task.Id == id);
        Assert.Equal(InboxReason.Assignee, Assert.Single(h.Runtime.Inbox(h.InstanceId, "gw4"), i => i.Task.Id == id).Reason);
    }

    [Fact]
    public void Inbox_UnknownInstanceOrUser_Empty()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");

        Assert.Empty(h.Runtime.Inbox("no-such-instance", "dir1"));
        Assert.Empty(h.Runtime.Inbox(h.InstanceId, "nobody"));
        Assert.NotEmpty(h.Runtime.Inbox(h.InstanceId, "dir1"));
    }
}
