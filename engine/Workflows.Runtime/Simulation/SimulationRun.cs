using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.Execution;
using Workflows.Runtime.Metrics;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;
using Workflows.Runtime.Stores;
using Workflows.Scripting;

namespace Workflows.Runtime.Simulation;

/// <summary>The state of one simulation run.</summary>
internal sealed class SimulationRun
{
    private const string InstanceId = "simulation";

    private readonly Programme _programme;
    private readonly SimulationScript _script;
    private readonly SimulationOptions _options;
    private readonly VirtualClock _clock;
    private readonly InMemoryRuntimeStore _store = new();
    private readonly WorkflowRuntime _runtime;
    private readonly MetricEvaluator _metrics;
    private readonly TimelineRecorder _recorder;
    private readonly PriorityQueue<PlannedResponse, (long Ticks, long Order)> _planned = new();
    private readonly Dictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly JsonObject _noData = [];
    private readonly Dictionary<string, string?> _levels = new(StringComparer.Ordinal);
    private long _order;
    private long _keys;
    private long _seenSequence;

    public SimulationRun(Programme programme, OrganisationDirectory org, SimulationScript script, SimulationOptions options, RuleSandbox? sandbox)
    {
        _programme = programme;
        _script = script;
        _options = options;
        _clock = new VirtualClock(StartOf(options.Start).ToDateTimeOffset());
        _runtime = new WorkflowRuntime(_store, org, _clock, sandbox, new RememberingFormChecker());
        _metrics = new MetricEvaluator(_runtime);
        _recorder = new TimelineRecorder(programme, _store, org, options, script.Seed);
    }

    public SimulationTimeline Execute()
    {
        var end = StartOf(_options.End);
        var t = StartOf(_options.Start);
        var started = _runtime.Execute(new StartInstance(InstanceId, _programme, _options.ScopeUnit) { IdempotencyKey = NextKey() });
        if (!started.Accepted)
        {
            _recorder.Timeline.Status = "NotStarted: " + started.MessageEn;
            return _recorder.Finish();
        }

        string? sampledMonth = null;
        while (true)
        {
            _clock.SetTo(t.ToDateTimeOffset());
            _runtime.Execute(new Tick(InstanceId) { IdempotencyKey = NextKey() });
            Respond(t);
            if (_recorder.MonthOf(t) is { } month && month.Month != sampledMonth)
            {
                sampledMonth = month.Month;
                Sample(month.Metrics);
            }

            _options.Progress?.Report(Fraction(t, end));
            if (t >= end)
            {
                break;
            }

            t = Next(t, end);
        }

        Sample(_recorder.Timeline.FinalMetrics);
        return _recorder.Finish();
    }

    private void Respond(Instant t)
    {
        while (true)
        {
            Consume();
            if (!_planned.TryPeek(out _, out var when) || when.Ticks > t.ToDateTimeOffset().UtcTicks)
            {
                return;
            }

            Answer(_planned.Dequeue(), t);
        }
    }

    private void Consume()
    {
        var events = _store.Events(InstanceId, _seenSequence);
        foreach (var e in events)
        {
            _seenSequence = e.Sequence;
            _recorder.Record(e);
            Plan(e);
        }
    }

    private void Plan(RuntimeEvent e)
    {
        var at = Instant.FromDateTimeOffset(e.At);
        switch (e.Kind)
        {
            case EventKinds.TaskCreated:
                PlanSubmission(e.Subject!, at, 0);
                break;
            case EventKinds.TaskReturned:
                var attempt = _attempts[e.Subject!] = _attempts.GetValueOrDefault(e.Subject!) + 1;
                PlanSubmission(e.Subject!, at, attempt);
                break;
            case EventKinds.ReviewRequested:
                var level = LevelOf(e.After);
                var template = _store.FindTask(e.Subject!)!.Template;
                Enqueue(new PlannedResponse(e.Subject!, true, _attempts.GetValueOrDefault(e.Subject!), level), at.Plus(Duration.FromDays(_script.ReviewFor(template).AfterDays)));
                break;
        }
    }

    /// <summary>The level a review request names; the runtime writes few distinct texts, so each is parsed once.</summary>
    private string? LevelOf(string? after)
    {
        if (after is null)
        {
            return null;
        }

        if (!_levels.TryGetValue(after, out var level))
        {
            level = JsonNode.Parse(after) is JsonObject o && o["level"] is JsonValue v ? v.GetValue<string>() : null;
            _levels[after] = level;
        }

        return level;
    }

    private void PlanSubmission(string taskId, Instant from, int attempt)
    {
        var behaviour = _script.SubmitFor(_store.FindTask(taskId)!.Template);
        if (behaviour.Never)
        {
            return;
        }

        if (behaviour.AfterDays is { } days)
        {
            Enqueue(new PlannedResponse(taskId, false, attempt, null), from.Plus(Duration.FromDays(days)));
            return;
        }

        // Each day the assignee submits with the given probability; the first such day is drawn up front.
        var p = behaviour.Probability ?? 0;
        var draws = DeterministicRandom.For(_script.Seed, taskId, "submit");
        for (var day = 1; p > 0 && day <= 3660; day++)
        {
            if (draws.Unit((attempt * 10_000) + day) < p)
            {
                Enqueue(new PlannedResponse(taskId, false, attempt, null), from.Plus(Duration.FromDays(day)));
                return;
            }
        }
    }

    private void Enqueue(PlannedResponse response, Instant at) => _planned.Enqueue(response, (at.ToDateTimeOffset().UtcTicks, _order++));

    private void Answer(PlannedResponse response, Instant t)
    {
        if (_store.FindTask(response.TaskId) is not { } task)
        {
            return;
        }

        if (!response.IsReview)
        {
            if (!task.State.IsWithAssignee())
            {
                return;
            }

            // The script's own object: the runtime copies what it stores, and the simulation's form checker remembers its verdict by this object.
            var year = ZonedTime.DateOf(Instant.FromDateTimeOffset(task.CreatedAt), _programme.Zone).Year;
            var data = _script.ScriptDataFor(task.Template, task.Unit, year, task.Submissions) ?? _noData;
            var actor = task.Assignees.Count > 0 ? task.Assignees[0] : RuntimeActors.System;
            var result = _runtime.Execute(new SubmitTask(task.Id, data) { IdempotencyKey = NextKey(), Actor = actor });
            if (!result.Accepted)
            {
                _recorder.CountRejected(t);
            }

            return;
        }

        // The level this response was planned for may have decided already (or the task left review).
        if (task.State != TaskState.InReview || ProgrammePlan.For(_programme).CurrentLevel(task) is not { } level || level.Id != response.Level)
        {
            return;
        }

        var reviewing = _runtime.Organisation.NearestOfType(task.Unit, level.UnitType);
        var holders = reviewing is null ? [] : _runtime.Organisation.HoldersOf(reviewing.Id, level.Role);
        var reviewer = holders.Count > 0 ? holders[0] : RuntimeActors.System;
        var approve = DeterministicRandom.Unit(_script.Seed, task.Id, "review:" + response.Level, response.Attempt) < _script.ReviewFor(task.Template).Approve;
        RuntimeCommand decision = approve
            ? new ApproveTask(task.Id) { IdempotencyKey = NextKey(), Actor = reviewer }
            : new ReturnTask(task.Id, "模拟退回：请补充材料 / simulated return: please add material") { IdempotencyKey = NextKey(), Actor = reviewer };
        _runtime.Execute(decision);
    }

    private Instant Next(Instant t, Instant end)
    {
        var zone = _programme.Zone;
        var tomorrow = ZonedTime.StartOf(ZonedTime.DateOf(t, zone).PlusDays(1), zone);
        if (_options.Step == SimulationStep.Day)
        {
            return Instant.Min(tomorrow, end);
        }

        var date = ZonedTime.DateOf(t, zone);
        var next = Instant.Min(end, ZonedTime.StartOf(new LocalDate(date.Year, date.Month, 1).PlusMonths(1), zone));
        if (_store.FindInstance(InstanceId)?.WakeAt is { } wake)
        {
            next = Instant.Min(next, Instant.FromDateTimeOffset(wake));
        }

        if (_store.EarliestTimer(InstanceId) is { } timer)
        {
            next = Instant.Min(next, Instant.FromDateTimeOffset(timer));
        }

        if (_planned.TryPeek(out _, out var planned))
        {
            next = Instant.Min(next, Instant.FromDateTimeOffset(new DateTimeOffset(planned.Ticks, TimeSpan.Zero)));
        }

        // Never stand still: anything due now was handled in this step.
        return next > t ? next : Instant.Min(tomorrow, end);
    }

    private void Sample(SortedDictionary<string, MetricPoint> into)
    {
        foreach (var value in _metrics.Evaluate(InstanceId))
        {
            into[value.Id] = new MetricPoint(value.Value, value.Met, value.OnTrack);
        }
    }

    private Instant StartOf(LocalDate date) => ZonedTime.StartOf(date, _programme.Zone);

    private string NextKey() => "sim-" + (++_keys).ToString(CultureInfo.InvariantCulture);

    private double Fraction(Instant t, Instant end)
    {
        var begin = StartOf(_options.Start);
        var total = (end - begin).TotalTicks;
        return total <= 0 ? 1 : Math.Clamp((t - begin).TotalTicks / total, 0, 1);
    }
}
