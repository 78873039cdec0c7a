using System.Text.Json.Nodes;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Stores;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class ConcurrencyTests
{
    [Fact]
    public void Commit_TwoCommandsDecidedOnTheSameTaskVersion_SecondIsRejected()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;

        var draft = h.Runtime.Prepare(new SaveDraft(id, new JsonObject { ["summary"] = "草稿" }) { IdempotencyKey = "a", Actor = "sec1" });
        var submit = h.Runtime.Prepare(new SubmitTask(id, new JsonObject { ["summary"] = "正式提交" }) { IdempotencyKey = "b", Actor = "sec1" });
        h.Store.Commit(draft.Changes!);

        var conflict = Assert.Throws<ConcurrencyException>(() => h.Store.Commit(submit.Changes!));
        Assert.Equal("task", conflict.RecordKind);
        Assert.Equal(id, conflict.RecordId);
        Assert.Equal("草稿", h.Store.FindTask(id)!.Data!["summary"]!.GetValue<string>());
        Assert.Null(h.Store.FindResult("b"));
    }

    [Fact]
    public void Commit_StaleInstanceVersion_ChangesNothing()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        var first = h.Runtime.Prepare(new Tick(h.InstanceId) { IdempotencyKey = "t1" });
        var second = h.Runtime.Prepare(new Tick(h.InstanceId) { IdempotencyKey = "t2" });
        h.Store.Commit(first.Changes!);
        var events = h.Store.Events(h.InstanceId).Count;

        Assert.Throws<ConcurrencyException>(() => h.Store.Commit(second.Changes!));
        Assert.Equal(events, h.Store.Events(h.InstanceId).Count);
        Assert.Equal(2, h.Instance.Version);
    }
}
