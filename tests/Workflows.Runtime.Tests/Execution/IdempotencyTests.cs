using System.Text.Json.Nodes;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class IdempotencyTests
{
    [Fact]
    public void CreateTasks_RepeatedKey_CreatesNothingTwiceAndReturnsTheFirstResult()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-06-01");
        var command = new CreateTasks(h.InstanceId, "trial") { IdempotencyKey = "create-trial-once" };

        var first = h.Run(command);
        var count = h.Store.TaskCount;
        var events = h.Store.Events(h.InstanceId).Count;
        var again = h.Run(command);

        Assert.True(first.Accepted);
        Assert.True(again.Replayed);
        Assert.Equal(first.Events, again.Events);
        Assert.Equal(count, h.Store.TaskCount);
        Assert.Equal(events, h.Store.Events(h.InstanceId).Count);
        Assert.Equal(2, h.Instance.Rounds["trial"]);
    }

    [Fact]
    public void Start_RepeatedKey_ReplaysInsteadOfFailing()
    {
        var h = RuntimeHarness.Governance("2014-03-01");
        var start = new StartInstance(h.InstanceId, h.Programme, h.Scope) { IdempotencyKey = "start" };

        var first = h.Run(start);
        var again = h.Run(start);

        Assert.True(first.Accepted);
        Assert.True(again.Accepted);
        Assert.True(again.Replayed);
        Assert.Equal(3, h.Tasks("mobilise").Count);
        Assert.Equal(1, h.Instance.Version);
    }

    [Fact]
    public void Submit_RepeatedKey_SubmitsOnce()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;
        var submit = new SubmitTask(id, new JsonObject { ["summary"] = "动员完成" }) { IdempotencyKey = "submit-c1", Actor = "sec1" };

        h.Run(submit);
        var version = h.Store.FindTask(id)!.Version;
        var again = h.Run(submit);

        Assert.True(again.Replayed);
        Assert.Equal(version, h.Store.FindTask(id)!.Version);
    }
}
