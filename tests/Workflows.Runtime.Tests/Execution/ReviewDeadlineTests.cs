using System.Text.Json.Nodes;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

/// <summary>A review level's <c>within</c>: the street must decide within 10 days of being asked, the district within 5.</summary>
public sealed class ReviewDeadlineTests
{
    private static readonly JsonObject Report = new() { ["summary"] = "召开动员大会 3 次" };

    [Fact]
    public void ReviewLevel_WithinTenDays_OverdueExactlyWhenTheSweepPassesTenDays()
    {
        var h = Harness();
        h.AdvanceTo("2014-03-03", 9);
        var id = h.Task("mobilise", "c1").Id;
        Assert.True(h.Submit(id, "sec1", Report).Accepted);
        var due = At(h, "2014-03-13", 9);

        var asked = h.Store.FindTask(id)!;
        Assert.Equal(due, asked.ReviewDueAt);
        Assert.Equal(due, asked.NextTimerAt);
        Assert.Equal(due, h.Runtime.NextWake(h.InstanceId));

        h.AdvanceTo("2014-03-13", 8);
        Assert.False(h.Store.FindTask(id)!.ReviewOverdue);
        Assert.Empty(ReviewOverdues(h));

        h.AdvanceTo("2014-03-13", 9);
        var overdue = h.Store.FindTask(id)!;
        Assert.True(overdue.ReviewOverdue);
        Assert.Equal(TaskState.InReview, overdue.State);
        Assert.Null(overdue.NextTimerAt);
        var e = Assert.Single(ReviewOverdues(h));
        Assert.Equal((id, "c1", due), (e.Subject, e.Unit, e.At));
        var after = JsonNode.Parse(e.After!)!.AsObject();
        Assert.Equal("street", after["level"]!.GetValue<string>());
        Assert.Equal("2014-03-13T09:00:00+08:00", after["dueAt"]!.GetValue<string>());

        // Overdue once per level, however long the level stays undecided.
        h.AdvanceTo("2014-03-30");
        Assert.Single(ReviewOverdues(h));
    }

    [Fact]
    public void ReviewLevel_OneLongTick_IsOverdueAtItsOwnInstantNotAtTheTick()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();

        h.AdvanceTo("2014-05-01");

        var e = Assert.Single(ReviewOverdues(h));
        Assert.Equal(At(h, "2014-03-11"), e.At);
        Assert.True(h.Store.FindTask(id)!.ReviewOverdue);
    }

    [Fact]
    public void ReviewChain_EveryLevelDecidesInTime_NoReviewOverdue()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();

        h.AdvanceTo("2014-03-10", 23);
        Assert.True(h.Approve(id, "sr1").Accepted);
        h.AdvanceTo("2014-03-15", 22);
        Assert.True(h.Approve(id, "dr").Accepted);
        h.AdvanceTo("2014-06-01");

        var done = h.Store.FindTask(id)!;
        Assert.Equal(TaskState.Completed, done.State);
        Assert.False(done.ReviewOverdue);
        Assert.Null(done.ReviewDueAt);
        Assert.Null(done.NextTimerAt);
        Assert.Empty(ReviewOverdues(h));
    }

    [Fact]
    public void ReviewChain_SecondLevel_GetsItsOwnDeadlineFromTheFirstApproval()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();

        h.AdvanceTo("2014-03-08", 10);
        Assert.True(h.Approve(id, "sr1").Accepted);
        var district = h.Store.FindTask(id)!;
        Assert.Equal(At(h, "2014-03-13", 10), district.ReviewDueAt);
        Assert.Equal(At(h, "2014-03-13", 10), district.NextTimerAt);

        // The street's deadline (11 March) went with its decision; the district's runs from 8 March 10:00.
        h.AdvanceTo("2014-03-13", 9);
        Assert.Empty(ReviewOverdues(h));
        h.AdvanceTo("2014-03-13", 10);
        var e = Assert.Single(ReviewOverdues(h));
        Assert.Equal("district", JsonNode.Parse(e.After!)!["level"]!.GetValue<string>());
        Assert.Equal(At(h, "2014-03-13", 10), e.At);
    }

    [Fact]
    public void OverdueLevel_Approved_ClearsTheFlagAndStartsTheNextLevelsClock()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();
        h.AdvanceTo("2014-03-12");
        Assert.True(h.Store.FindTask(id)!.ReviewOverdue);

        Assert.True(h.Approve(id, "sr1").Accepted);

        var next = h.Store.FindTask(id)!;
        Assert.False(next.ReviewOverdue);
        Assert.Equal(1, next.ReviewIndex);
        Assert.Equal(At(h, "2014-03-17"), next.ReviewDueAt);
    }

    [Fact]
    public void ReturnedTask_ReviewDeadline_IsClearedAndTheDueDateTimerComesBack()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();
        h.AdvanceTo("2014-03-05");

        Assert.True(h.Return(id, "sr1", "请补充照片").Accepted);

        var returned = h.Store.FindTask(id)!;
        Assert.Equal(TaskState.Returned, returned.State);
        Assert.Null(returned.ReviewDueAt);
        Assert.False(returned.ReviewOverdue);
        Assert.Equal(returned.DueAt, returned.NextTimerAt);
        h.AdvanceTo("2014-03-20");
        Assert.Empty(ReviewOverdues(h));
    }

    [Fact]
    public void OverdueLevel_TaskCancelled_DeadlineAndFlagCleared()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();
        h.AdvanceTo("2014-03-20");
        Assert.True(h.Store.FindTask(id)!.ReviewOverdue);

        Assert.True(h.Run(new Commands.CancelTask(id, "方案调整") { IdempotencyKey = h.NextKey() }).Accepted);

        var cancelled = h.Store.FindTask(id)!;
        Assert.Equal(TaskState.Cancelled, cancelled.State);
        Assert.Null(cancelled.ReviewDueAt);
        Assert.False(cancelled.ReviewOverdue);
        Assert.Null(cancelled.NextTimerAt);
        Assert.DoesNotContain(h.Runtime.Inbox(h.InstanceId, "sr1"), i => i.Task.Id == id);
    }

    [Fact]
    public void OverdueLevel_Returned_ClearsTheFlagAndTheResubmissionGetsAFreshDeadline()
    {
        var (h, id) = MobiliseSubmittedOnMarch1();
        h.AdvanceTo("2014-03-12");
        Assert.True(h.Store.FindTask(id)!.ReviewOverdue);

        h.Return(id, "sr1", "请补充照片");
        Assert.False(h.Store.FindTask(id)!.ReviewOverdue);
        h.AdvanceTo("2014-03-14");
        Assert.True(h.Submit(id, "sec1", Report).Accepted);

        var resubmitted = h.Store.FindTask(id)!;
        Assert.False(resubmitted.ReviewOverdue);
        Assert.Equal(At(h, "2014-03-24"), resubmitted.ReviewDueAt);
        h.AdvanceTo("2014-03-24");
        Assert.Equal([At(h, "2014-03-11"), At(h, "2014-03-24")], ReviewOverdues(h).Select(e => e.At));
    }

    [Fact]
    public void ReviewLevel_WithoutWithin_HasNoDeadline()
    {
        var h = new RuntimeHarness(TestFiles.GovernanceProgramme, TestFiles.GovernanceOrg(), "2014-02-15", "city");
        h.Start();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;
        h.Submit(id, "sec1", Report);

        Assert.Null(h.Store.FindTask(id)!.ReviewDueAt);
        Assert.Null(h.Store.FindTask(id)!.NextTimerAt);
        h.AdvanceTo("2015-01-01");
        Assert.Empty(ReviewOverdues(h));
    }

    /// <summary>The governance programme with the street given 10 days and the district 5 to review <c>mobilise</c>.</summary>
    private static RuntimeHarness Harness()
    {
        var programme = TestFiles.GovernanceProgrammeWith(d =>
        {
            d["tasks"]!["mobilise"]!["review"]![0]!["within"] = "P10D";
            d["tasks"]!["mobilise"]!["review"]![1]!["within"] = "P5D";
        });
        var h = new RuntimeHarness(programme, TestFiles.GovernanceOrg(), "2014-02-15", "city");
        h.Start();
        return h;
    }

    /// <summary>c1's mobilisation report submitted on 1 March 2014: the street level is asked, with 10 days.</summary>
    private static (RuntimeHarness H, string Id) MobiliseSubmittedOnMarch1()
    {
        var h = Harness();
        h.AdvanceTo("2014-03-01");
        var id = h.Task("mobilise", "c1").Id;
        Assert.True(h.Submit(id, "sec1", Report).Accepted);
        return (h, id);
    }

    private static List<RuntimeEvent> ReviewOverdues(RuntimeHarness h) =>
        h.Store.Events(h.InstanceId).Where(e => e.Kind == EventKinds.ReviewOverdue).ToList();

    private static DateTimeOffset At(RuntimeHarness h, string date, int hours = 0) => RuntimeHarness.LocalMidnight(h.Programme, date).AddHours(hours);
}
