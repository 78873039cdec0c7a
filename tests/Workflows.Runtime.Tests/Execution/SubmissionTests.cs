using System.Text.Json.Nodes;
using Workflows.Runtime.Commands;
using Workflows.Runtime.State;
using Workflows.Runtime.Stores;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

/// <summary>Every accepted submission is kept with the decisions taken on it, so a return does not erase what was returned.</summary>
public sealed class SubmissionTests
{
    [Fact]
    public void ReturnedAndResubmitted_BothSubmissionsKeptWithTheirDecisions()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;
        var first = new JsonObject { ["summary"] = "召开动员大会 3 次" };
        var second = new JsonObject { ["summary"] = "召开动员大会 3 次，附照片" };

        Assert.True(h.Submit(id, "sec1", first).Accepted);
        Assert.True(h.Approve(id, "sr1").Accepted);
        Assert.True(h.Return(id, "dr", "请补充照片").Accepted);
        h.AdvanceTo("2014-03-05");
        Assert.True(h.Submit(id, "sec1", second).Accepted);
        Assert.True(h.Approve(id, "sr1").Accepted);
        Assert.True(h.Approve(id, "dr").Accepted);

        var submissions = h.Store.Submissions(id);
        Assert.Equal(2, h.Store.FindTask(id)!.Submissions);
        Assert.Equal([1, 2], submissions.Select(s => s.Number));
        Assert.Equal(first.ToJsonString(), submissions[0].Data.ToJsonString());
        Assert.Equal(second.ToJsonString(), submissions[1].Data.ToJsonString());
        Assert.Equal("sec1", submissions[0].SubmittedBy);
        Assert.True(submissions[1].SubmittedAt > submissions[0].SubmittedAt);
        Assert.Equal(
            [("street", true, "sr1", (string?)null), ("district", false, "dr", "请补充照片")],
            submissions[0].Decisions.Select(d => (d.Level, d.Approved, d.By!, d.Comment)));
        Assert.Equal([("street", true), ("district", true)], submissions[1].Decisions.Select(d => (d.Level, d.Approved)));
        Assert.Equal([3, 3], submissions.Select(s => s.Version));
        Assert.Same(submissions[1], h.Store.FindSubmission(id, 2));
        Assert.Null(h.Store.FindSubmission(id, 3));
        Assert.Null(h.Store.FindSubmission(id, 0));
    }

    [Fact]
    public void RejectedOrReplayedSubmission_AddsNoSubmission()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;
        var submit = new SubmitTask(id, new JsonObject { ["summary"] = "召开动员大会 3 次" }) { IdempotencyKey = "submit-once", Actor = "sec1" };

        Assert.False(h.Submit(id, "sec1", new JsonObject { ["summary"] = "x" }).Accepted);
        Assert.Empty(h.Store.Submissions(id));
        Assert.True(h.Run(submit).Accepted);
        Assert.True(h.Run(submit).Replayed);

        Assert.Single(h.Store.Submissions(id));
        Assert.Equal(1, h.Store.FindTask(id)!.Submissions);
    }

    [Fact]
    public void Commit_SubmissionDecidedMeanwhile_ConcurrencyExceptionAndNothingWritten()
    {
        var store = new InMemoryRuntimeStore();
        var first = new SubmissionRecord { InstanceId = "i", TaskId = "t", Number = 1, Data = [], SubmittedAt = DateTimeOffset.UnixEpoch, Version = 1 };
        store.Commit(new ChangeSet { IdempotencyKey = "a", Result = CommandResult.Ok([]), Submissions = [first] });
        store.Commit(new ChangeSet { IdempotencyKey = "b", Result = CommandResult.Ok([]), Submissions = [first with { Version = 2, Decisions = [new ReviewDecision("street", true, "sr1", DateTimeOffset.UnixEpoch, null)] }] });

        var stale = first with { Version = 2, Decisions = [new ReviewDecision("street", false, "sr2", DateTimeOffset.UnixEpoch, "x")] };
        Assert.Throws<ConcurrencyException>(() => store.Commit(new ChangeSet { IdempotencyKey = "c", Result = CommandResult.Ok([]), Submissions = [stale] }));
        var skipped = first with { Number = 3 };
        Assert.Throws<ConcurrencyException>(() => store.Commit(new ChangeSet { IdempotencyKey = "d", Result = CommandResult.Ok([]), Submissions = [skipped] }));

        Assert.True(Assert.Single(store.Submissions("t")).Decisions[0].Approved);
        Assert.Null(store.FindResult("c"));
    }
}
