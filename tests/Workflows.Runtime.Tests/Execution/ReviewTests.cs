using System.Text.Json.Nodes;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class ReviewTests
{
    private static readonly JsonObject Report = new() { ["summary"] = "召开动员大会 3 次" };

    [Fact]
    public void ReviewChain_ReturnedThenResubmitted_CompletesAfterEveryLevelApproves()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;

        Assert.True(h.Submit(id, "sec1", Report).Accepted);
        Assert.Equal(TaskState.InReview, h.Store.FindTask(id)!.State);
        Assert.Equal(RejectionCodes.NotReviewer, h.Approve(id, "sr2").Code);
        Assert.True(h.Approve(id, "sr1").Accepted);
        Assert.Equal(1, h.Store.FindTask(id)!.ReviewIndex);
        Assert.Equal(RejectionCodes.CommentRequired, h.Return(id, "dr", " ").Code);
        Assert.True(h.Return(id, "dr", "请补充照片").Accepted);

        var returned = h.Store.FindTask(id)!;
        Assert.Equal(TaskState.Returned, returned.State);
        Assert.Equal("请补充照片", returned.LastComment);

        Assert.True(h.Submit(id, "sec1", new JsonObject { ["summary"] = "召开动员大会 3 次，附照片" }).Accepted);
        Assert.True(h.Approve(id, "sr1").Accepted);
        Assert.True(h.Approve(id, "dr").Accepted);

        var done = h.Store.FindTask(id)!;
        Assert.Equal(TaskState.Completed, done.State);
        var kinds = h.Store.Events(h.InstanceId).Where(e => e.Subject == id).Select(e => e.Kind).ToList();
        Assert.Equal(
            [EventKinds.TaskCreated, EventKinds.TaskSubmitted, EventKinds.ReviewRequested, EventKinds.TaskApproved, EventKinds.ReviewRequested, EventKinds.TaskReturned,
             EventKinds.TaskSubmitted, EventKinds.ReviewRequested, EventKinds.TaskApproved, EventKinds.ReviewRequested, EventKinds.TaskApproved, EventKinds.TaskCompleted],
            kinds);
    }

    [Fact]
    public void ReviewLevel_WhenRuleFalse_IsSkipped()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");
        var low = h.Task("assessment", "c2").Id;
        var high = h.Task("assessment", "c1").Id;

        h.Submit(low, "dir2", new JsonObject { ["score"] = 60 });
        h.Submit(high, "dir1", new JsonObject { ["score"] = 92 });

        Assert.Equal(["street"], h.Store.FindTask(low)!.ReviewLevels);
        Assert.Equal(["street", "city"], h.Store.FindTask(high)!.ReviewLevels);
    }

    [Fact]
    public void Submit_InvalidFormData_RejectedWithFieldErrorsAndNothingChanged()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var before = h.Task("mobilise", "c1");
        var events = h.Store.Events(h.InstanceId).Count;

        var result = h.Submit(before.Id, "sec1", new JsonObject { ["summary"] = "x" });

        Assert.False(result.Accepted);
        Assert.Equal(RejectionCodes.FormInvalid, result.Code);
        var error = Assert.Single(result.FieldErrors);
        Assert.Equal("/summary", error.Pointer);
        Assert.Same(before, h.Store.FindTask(before.Id));
        Assert.Equal(events, h.Store.Events(h.InstanceId).Count);
    }

    [Fact]
    public void Submit_ByNonAssignee_IsRejected()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");

        var result = h.Submit(h.Task("mobilise", "c1").Id, "sec2", Report);

        Assert.Equal(RejectionCodes.NotAssignee, result.Code);
    }

    [Fact]
    public void SaveDraft_ThenSubmitWithoutData_SubmitsTheDraft()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c2").Id;

        Assert.True(h.Run(new SaveDraft(id, Report) { IdempotencyKey = h.NextKey(), Actor = "sec2" }).Accepted);
        Assert.Equal(TaskState.Draft, h.Store.FindTask(id)!.State);
        Assert.True(h.Run(new SubmitTask(id, null) { IdempotencyKey = h.NextKey(), Actor = "sec2" }).Accepted);

        Assert.Equal("召开动员大会 3 次", h.Store.FindTask(id)!.Data!["summary"]!.GetValue<string>());
    }
}
