using System.Text.Json.Nodes;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;
using Workflows.Runtime.Stores;

namespace Workflows.Runtime.Tests.Stores;

/// <summary>What every <see cref="IRuntimeStore"/> must do; a store's test class only says how to create one.</summary>
public abstract class RuntimeStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2014, 3, 1, 0, 0, 0, TimeSpan.Zero);

    protected abstract IRuntimeStore CreateStore();

    [Fact]
    public void Commit_NewRecords_AreReadBackWithEventSequences()
    {
        var store = CreateStore();
        store.Commit(Changes("k1", Instance(1), [Task("t1", 1, T0.AddDays(3)), Task("t2", 1, T0.AddDays(1))], Event("a"), Event("b")));

        Assert.Equal(1, store.FindInstance("i")!.Version);
        Assert.Equal(["t1", "t2"], store.Tasks("i").Select(t => t.Id));
        Assert.Equal(["t2", "t1"], store.TasksWithTimerBy("i", T0.AddDays(5)).Select(t => t.Id));
        Assert.Equal(T0.AddDays(1), store.EarliestTimer("i"));
        Assert.Equal(2, store.CountOpenTasks("i", "p"));
        var events = store.Events("i");
        Assert.Equal(["a", "b"], events.Select(e => e.Subject));
        Assert.True(events[1].Sequence > events[0].Sequence);
        Assert.Equal(["b"], store.Events("i", events[0].Sequence).Select(e => e.Subject));
        Assert.Equal(events[1].Sequence, store.LastSequence("i"));
        Assert.Equal(0, store.LastSequence("no-such-instance"));
        Assert.NotNull(store.FindResult("k1"));
    }

    [Fact]
    public void Commit_Submissions_NumberedPerTaskAndVersioned()
    {
        var store = CreateStore();
        var first = new SubmissionRecord { InstanceId = "i", TaskId = "t1", Number = 1, Data = new JsonObject { ["a"] = 1 }, SubmittedAt = T0, Version = 1 };
        store.Commit(new ChangeSet { IdempotencyKey = "s1", Result = CommandResult.Ok([]), Submissions = [first] });
        store.Commit(new ChangeSet { IdempotencyKey = "s2", Result = CommandResult.Ok([]), Submissions = [first with { Version = 2, Decisions = [new ReviewDecision("street", false, "sr1", T0, "补充")] }, first with { Number = 2, Version = 1 }] });

        Assert.Equal([(1, 2), (2, 1)], store.Submissions("t1").Select(s => (s.Number, s.Version)));
        Assert.Equal("补充", store.FindSubmission("t1", 1)!.Decisions.Single().Comment);
        Assert.Empty(store.Submissions("t2"));
        Assert.Throws<ConcurrencyException>(() => store.Commit(new ChangeSet { IdempotencyKey = "s3", Result = CommandResult.Ok([]), Submissions = [first with { Number = 2, Version = 1 }] }));
    }

    [Fact]
    public void Commit_OneStaleRecord_RejectsTheWholeChangeSet()
    {
        var store = CreateStore();
        store.Commit(Changes("k1", Instance(1), [Task("t1", 1, null)]));

        var stale = Changes("k2", Instance(2), [Task("t1", 1, null) with { State = TaskState.Cancelled }, Task("t3", 1, null)], Event("x"));

        Assert.Throws<ConcurrencyException>(() => store.Commit(stale));
        Assert.Equal(1, store.FindInstance("i")!.Version);
        Assert.Null(store.FindTask("t3"));
        Assert.Empty(store.Events("i"));
        Assert.Null(store.FindResult("k2"));
    }

    [Fact]
    public void Commit_UsedIdempotencyKey_IsRejected()
    {
        var store = CreateStore();
        store.Commit(Changes("k1", Instance(1), []));

        Assert.Throws<ConcurrencyException>(() => store.Commit(Changes("k1", null, [Task("t1", 1, null)])));
        Assert.Null(store.FindTask("t1"));
    }

    [Fact]
    public void Commit_TaskClosedAndTimerCleared_UpdatesTheIndexes()
    {
        var store = CreateStore();
        store.Commit(Changes("k1", Instance(1), [Task("t1", 1, T0)]));

        store.Commit(Changes("k2", null, [Task("t1", 2, null) with { State = TaskState.Completed }]));

        Assert.Equal(0, store.CountOpenTasks("i", "p"));
        Assert.Null(store.EarliestTimer("i"));
        Assert.Empty(store.TasksWithTimerBy("i", T0.AddYears(1)));
    }

    [Fact]
    public void Commit_UnitState_IsVersionedLikeTheRest()
    {
        var store = CreateStore();
        store.Commit(Changes("k1", Instance(1), []) with { UnitStates = [new UnitStateRecord("i", "c1", new JsonObject { ["starLevel"] = 4 }, 1)] });

        Assert.Equal("4", store.FindUnitState("i", "c1")!.State["starLevel"]!.ToJsonString());
        Assert.Throws<ConcurrencyException>(() => store.Commit(Changes("k2", null, []) with { UnitStates = [new UnitStateRecord("i", "c1", [], 1)] }));
    }

    private static ChangeSet Changes(string key, InstanceRecord? instance, IReadOnlyList<TaskRecord> tasks, params RuntimeEvent[] events) =>
        new() { IdempotencyKey = key, Result = CommandResult.Ok(events), Instance = instance, Tasks = tasks, Events = events };

    private static InstanceRecord Instance(int version) => new()
    {
        Id = "i",
        ProgrammeId = "p",
        ProgrammeVersion = "1",
        ScopeUnit = "city",
        Status = InstanceStatus.Running,
        StartedAt = T0,
        EvaluatedAt = T0,
        State = [],
        Phases = new Dictionary<string, PhaseRecord>(),
        ScheduleNext = new Dictionary<string, DateTimeOffset>(),
        Rounds = new Dictionary<string, int>(),
        Version = version,
    };

    private static TaskRecord Task(string id, int version, DateTimeOffset? timer) => new()
    {
        Id = id,
        InstanceId = "i",
        Template = "tpl",
        Phase = "p",
        Round = 1,
        Unit = "c1",
        State = TaskState.Created,
        Assignees = [],
        ResponsibleUnits = [],
        CreatedAt = T0,
        DueAt = timer,
        NextTimerAt = timer,
        Version = version,
    };

    private static RuntimeEvent Event(string subject) => new("i", "k", 0, T0, EventKinds.TaskCreated, null, subject, null, null, null);
}
