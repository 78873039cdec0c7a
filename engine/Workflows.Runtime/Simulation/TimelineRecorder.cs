using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Runtime.Events;
using Workflows.Runtime.Execution;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.Stores;

namespace Workflows.Runtime.Simulation;

/// <summary>Folds the event log of a simulated instance into the monthly timeline.</summary>
internal sealed class TimelineRecorder
{
    private readonly Programme _programme;
    private readonly IRuntimeStore _store;
    private readonly OrganisationDirectory _org;
    private readonly SimulationOptions _options;
    private readonly Dictionary<string, MonthSummary> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Entered, string? Exited)> _phases = new(StringComparer.Ordinal);
    private MonthSummary? _lastMonth;
    private Instant _lastMonthStart;
    private Instant _lastMonthEnd;

    public TimelineRecorder(Programme programme, IRuntimeStore store, OrganisationDirectory org, SimulationOptions options, int seed)
    {
        _programme = programme;
        _store = store;
        _org = org;
        _options = options;
        Timeline = new SimulationTimeline
        {
            ProgrammeId = programme.Id,
            ProgrammeVersion = programme.Version,
            Title = programme.Title,
            Scope = options.ScopeUnit,
            Start = ZonedTime.DateText(options.Start),
            End = ZonedTime.DateText(options.End),
            Seed = seed,
            Status = "Running",
        };
        for (var month = new LocalDate(options.Start.Year, options.Start.Month, 1); month <= options.End; month = month.PlusMonths(1))
        {
            var summary = new MonthSummary(MonthKey(month));
            _months[summary.Month] = summary;
            Timeline.Months.Add(summary);
        }
    }

    public SimulationTimeline Timeline { get; }

    /// <summary>The month an instant falls in (programme calendar), or null outside the run. Events come in time order,
    /// so the last month found is remembered with its bounds.</summary>
    public MonthSummary? MonthOf(Instant at)
    {
        if (_lastMonth is not null && at >= _lastMonthStart && at < _lastMonthEnd)
        {
            return _lastMonth;
        }

        var date = ZonedTime.DateOf(at, _programme.Zone);
        var month = _months.GetValueOrDefault(MonthKey(date));
        if (month is not null)
        {
            var first = new LocalDate(date.Year, date.Month, 1);
            _lastMonth = month;
            _lastMonthStart = ZonedTime.StartOf(first, _programme.Zone);
            _lastMonthEnd = ZonedTime.StartOf(first.PlusMonths(1), _programme.Zone);
        }

        return month;
    }

    public void Record(RuntimeEvent e)
    {
        var month = MonthOf(Instant.FromDateTimeOffset(e.At));
        switch (e.Kind)
        {
            case EventKinds.TaskCreated:
                if (month is not null && e.Unit is not null && _org.FindUnit(e.Unit) is { } unit)
                {
                    month.TasksCreated[unit.Type] = month.TasksCreated.GetValueOrDefault(unit.Type) + 1;
                }

                if (_store.FindTask(e.Subject!)?.DueAt is { } due && MonthOf(Instant.FromDateTimeOffset(due)) is { } dueMonth)
                {
                    dueMonth.Due++;
                }

                break;
            case EventKinds.TaskSubmitted when month is not null:
                month.Submitted++;
                break;
            case EventKinds.TaskApproved when month is not null:
                month.Approved++;
                break;
            case EventKinds.TaskReturned when month is not null:
                month.Returned++;
                break;
            case EventKinds.ReviewOverdue when month is not null:
                month.ReviewsOverdue++;
                break;
            case EventKinds.TaskCompleted when month is not null:
                month.Completed++;
                break;
            case EventKinds.TaskOverdue when month is not null:
                month.Overdue++;
                break;
            case EventKinds.TaskEscalated when month is not null:
                month.Escalated++;
                break;
            case EventKinds.StateChanged or EventKinds.UnitStateChanged:
                if (month is not null)
                {
                    month.StateChanges++;
                }

                if (Timeline.StateChanges.Count < _options.MaxStateChanges)
                {
                    Timeline.StateChanges.Add(new StateChange(Day(e.At), e.Kind == EventKinds.UnitStateChanged ? e.Unit : null, e.Before ?? "{}", e.After ?? "{}"));
                }
                else
                {
                    Timeline.StateChangesTruncated = true;
                }

                break;
            case EventKinds.PhaseEntered:
                _phases[e.Subject!] = (Day(e.At), null);
                break;
            case EventKinds.PhaseExited:
                _phases[e.Subject!] = (_phases.GetValueOrDefault(e.Subject!).Entered, Day(e.At));
                break;
            case EventKinds.InstanceCompleted:
                Timeline.Status = "Completed";
                Timeline.CompletedAt = Day(e.At);
                break;
            case EventKinds.RuleFailed:
                Timeline.RuleFailures[e.Subject!] = Timeline.RuleFailures.GetValueOrDefault(e.Subject!) + 1;
                break;
        }
    }

    public void CountRejected(Instant at)
    {
        if (MonthOf(at) is { } month)
        {
            month.Rejected++;
        }
    }

    public SimulationTimeline Finish()
    {
        foreach (var phase in _programme.Phases)
        {
            var (entered, exited) = _phases.GetValueOrDefault(phase.Id);
            Timeline.Phases.Add(new PhaseSpan(phase.Id, phase.Title, entered, exited));
        }

        return Timeline;
    }

    private string Day(DateTimeOffset at) => ZonedTime.DateText(ZonedTime.DateOf(Instant.FromDateTimeOffset(at), _programme.Zone));

    private static string MonthKey(LocalDate date) => date.ToString("uuuu'-'MM", System.Globalization.CultureInfo.InvariantCulture);
}
