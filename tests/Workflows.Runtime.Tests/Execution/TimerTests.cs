using Workflows.Runtime.Events;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

public sealed class TimerTests
{
    [Fact]
    public void OverdueTask_PastEscalationPeriod_IsEscalatedToTheAncestorOfThatType()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-06-01");
        var id = h.Task("gridSurvey", "g4").Id;
        h.Run(new Commands.SubmitTask(h.Task("gridSurvey", "g1").Id, null) { IdempotencyKey = h.NextKey(), Actor = "gw1" });

        h.AdvanceTo("2014-06-30", 23);
        Assert.False(h.Store.FindTask(id)!.Overdue);
        h.AdvanceTo("2014-07-01");
        var overdue = h.Store.FindTask(id)!;
        Assert.True(overdue.Overdue);
        Assert.Null(overdue.EscalatedTo);

        h.AdvanceTo("2014-07-08");
        var escalated = h.Store.FindTask(id)!;
        Assert.Equal("s2", escalated.EscalatedTo);
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2014-07-08"), escalated.EscalatedAt);
        Assert.False(h.Task("gridSurvey", "g1").Overdue);
        Assert.Equal(4, h.Store.Events(h.InstanceId).Count(e => e.Kind == EventKinds.TaskEscalated));
    }

    [Fact]
    public void NextWake_PendingDatesAndDeadlines_IsTheEarliestOfThem()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2014-03-01"), h.Runtime.NextWake(h.InstanceId));

        h.AdvanceTo("2014-06-01");
        Assert.Equal(RuntimeHarness.LocalMidnight(h.Programme, "2014-07-01"), h.Runtime.NextWake(h.InstanceId));

        h.AdvanceTo("2017-04-01");
        Assert.Null(h.Runtime.NextWake(h.InstanceId));
    }

    [Fact]
    public void Tick_LongJump_SameHistoryAsDailyTicks()
    {
        var daily = RuntimeHarness.Governance();
        daily.Start();
        for (var day = new DateOnly(2014, 2, 16); day <= new DateOnly(2014, 8, 1); day = day.AddDays(1))
        {
            daily.AdvanceTo(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        var jump = RuntimeHarness.Governance();
        jump.Start();
        jump.AdvanceTo("2014-08-01");

        static IEnumerable<string> Trace(RuntimeHarness h) => h.Store.Events(h.InstanceId)
            .Where(e => e.Kind != EventKinds.InstanceStarted)
            .Select(e => $"{e.At:O} {e.Kind} {e.Subject} {e.After}");
        Assert.Equal(Trace(daily), Trace(jump));
    }
}
