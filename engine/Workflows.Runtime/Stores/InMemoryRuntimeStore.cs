using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Stores;

/// <summary>A thread-safe store in memory: for tests, the simulator and benchmarks. Commits are all-or-nothing.</summary>
public sealed class InMemoryRuntimeStore : IRuntimeStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InstanceRecord> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaskRecord> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InMemoryInstanceData> _data = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CommandResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SubmissionRecord>> _submissions = new(StringComparer.Ordinal);
    private long _sequence;

    public int TaskCount
    {
        get
        {
            lock (_gate)
            {
                return _tasks.Count;
            }
        }
    }

    public InstanceRecord? FindInstance(string instanceId)
    {
        lock (_gate)
        {
            return _instances.GetValueOrDefault(instanceId);
        }
    }

    public TaskRecord? FindTask(string taskId)
    {
        lock (_gate)
        {
            return _tasks.GetValueOrDefault(taskId);
        }
    }

    public UnitStateRecord? FindUnitState(string instanceId, string unitId)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) ? d.UnitStates.GetValueOrDefault(unitId) : null;
        }
    }

    public IReadOnlyCollection<UnitStateRecord> UnitStates(string instanceId)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) ? d.UnitStates.Values.ToArray() : [];
        }
    }

    public IEnumerable<TaskRecord> Tasks(string instanceId)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) ? Resolve(d.TaskIds) : [];
        }
    }

    public IEnumerable<TaskRecord> TasksOf(string instanceId, string template)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) && d.ByTemplate.TryGetValue(template, out var ids) ? Resolve(ids) : [];
        }
    }

    public IReadOnlyList<SubmissionRecord> Submissions(string taskId)
    {
        lock (_gate)
        {
            return _submissions.TryGetValue(taskId, out var list) ? list.ToArray() : [];
        }
    }

    public SubmissionRecord? FindSubmission(string taskId, int number)
    {
        lock (_gate)
        {
            return _submissions.TryGetValue(taskId, out var list) && number >= 1 && number <= list.Count ? list[number - 1] : null;
        }
    }

    public IEnumerable<TaskRecord> TasksWithTimerBy(string instanceId, DateTimeOffset at)
    {
        lock (_gate)
        {
            if (!_data.TryGetValue(instanceId, out var d) || d.Timers.Count == 0)
            {
                return [];
            }

            var result = new List<TaskRecord>();
            foreach (var (ticks, ids) in d.Timers)
            {
                if (ticks > at.UtcTicks)
                {
                    break;
                }

                // Ordinal order within an instant keeps sweeps deterministic.
                foreach (var id in ids.Order(StringComparer.Ordinal))
                {
                    result.Add(_tasks[id]);
                }
            }

            return result;
        }
    }

    public DateTimeOffset? EarliestTimer(string instanceId)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) && d.Timers.Count > 0 ? new DateTimeOffset(d.Timers.First().Key, TimeSpan.Zero) : null;
        }
    }

    public int CountOpenTasks(string instanceId, string phase)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) ? d.OpenByPhase.GetValueOrDefault(phase) : 0;
        }
    }

    public CommandResult? FindResult(string idempotencyKey)
    {
        lock (_gate)
        {
            return _results.GetValueOrDefault(idempotencyKey);
        }
    }

    public long LastSequence(string instanceId)
    {
        lock (_gate)
        {
            return _data.TryGetValue(instanceId, out var d) && d.Events.Count > 0 ? d.Events[^1].Sequence : 0;
        }
    }

    public IReadOnlyList<RuntimeEvent> Events(string instanceId, long afterSequence = 0)
    {
        lock (_gate)
        {
            if (!_data.TryGetValue(instanceId, out var d))
            {
                return [];
            }

            // Sequences grow with the list, so the first newer event is found by binary search.
            int lo = 0, hi = d.Events.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (d.Events[mid].Sequence <= afterSequence)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return d.Events.GetRange(lo, d.Events.Count - lo);
        }
    }

    public void Commit(ChangeSet changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            Check(changes);
            if (changes.Instance is { } instance)
            {
                _instances[instance.Id] = instance;
            }

            if (changes.Tasks.Count > 0)
            {
                // A fan-out commits tens of thousands of tasks at once: grow each index once, not by doubling.
                _tasks.EnsureCapacity(_tasks.Count + changes.Tasks.Count);
                foreach (var task in changes.Tasks)
                {
                    Put(task);
                }
            }

            foreach (var state in changes.UnitStates)
            {
                DataOf(state.InstanceId).UnitStates[state.UnitId] = state;
            }

            foreach (var submission in changes.Submissions)
            {
                if (!_submissions.TryGetValue(submission.TaskId, out var list))
                {
                    _submissions[submission.TaskId] = list = [];
                }

                if (submission.Number <= list.Count)
                {
                    list[submission.Number - 1] = submission;
                }
                else
                {
                    list.Add(submission);
                }
            }

            if (changes.Events.Count > 0)
            {
                // A command's events belong to its instance.
                var log = DataOf(changes.Events[0].InstanceId).Events;
                log.EnsureCapacity(log.Count + changes.Events.Count);
            }

            foreach (var e in changes.Events)
            {
                DataOf(e.InstanceId).Events.Add(e with { Sequence = ++_sequence });
            }

            _results[changes.IdempotencyKey] = changes.Result;
        }
    }

    private void Check(ChangeSet changes)
    {
        if (_results.ContainsKey(changes.IdempotencyKey))
        {
            throw new ConcurrencyException("command", changes.IdempotencyKey, 0, 1);
        }

        if (changes.Instance is { } instance)
        {
            CheckVersion("instance", instance.Id, instance.Version, _instances.GetValueOrDefault(instance.Id)?.Version);
        }

        foreach (var task in changes.Tasks)
        {
            CheckVersion("task", task.Id, task.Version, _tasks.GetValueOrDefault(task.Id)?.Version);
        }

        CheckSubmissions(changes);
        foreach (var state in changes.UnitStates)
        {
            var stored = _data.TryGetValue(state.InstanceId, out var d) ? d.UnitStates.GetValueOrDefault(state.UnitId)?.Version : null;
            CheckVersion("unit state", $"{state.InstanceId}/{state.UnitId}", state.Version, stored);
        }
    }

    private void CheckSubmissions(ChangeSet changes)
    {
        foreach (var submission in changes.Submissions)
        {
            var list = _submissions.GetValueOrDefault(submission.TaskId);
            var count = list?.Count ?? 0;
            if (submission.Number < 1 || submission.Number > count + 1)
            {
                throw new ConcurrencyException("submission", $"{submission.TaskId}#{submission.Number}", submission.Version - 1, null);
            }

            var stored = submission.Number <= count ? list![submission.Number - 1].Version : (int?)null;
            CheckVersion("submission", $"{submission.TaskId}#{submission.Number}", submission.Version, stored);
        }
    }

    private static void CheckVersion(string kind, string id, int newVersion, int? stored)
    {
        if ((stored ?? 0) != newVersion - 1)
        {
            throw new ConcurrencyException(kind, id, newVersion - 1, stored);
        }
    }

    private void Put(TaskRecord task)
    {
        var d = DataOf(task.InstanceId);

        // Version 1 is a new task (Check made sure the store has none by that id).
        if (task.Version > 1 && _tasks.TryGetValue(task.Id, out var old))
        {
            if (old.NextTimerAt is { } t && d.Timers.TryGetValue(t.UtcTicks, out var bucket))
            {
                bucket.Remove(old.Id);
                if (bucket.Count == 0)
                {
                    d.Timers.Remove(t.UtcTicks);
                }
            }

            if (old.Phase is { } p && old.State.IsOpen())
            {
                d.OpenByPhase[p]--;
            }
        }
        else
        {
            d.TaskIds.Add(task.Id);
            if (!d.ByTemplate.TryGetValue(task.Template, out var ids))
            {
                d.ByTemplate[task.Template] = ids = [];
            }

            ids.Add(task.Id);
        }

        _tasks[task.Id] = task;
        if (task.NextTimerAt is { } next)
        {
            if (!d.Timers.TryGetValue(next.UtcTicks, out var bucket))
            {
                d.Timers[next.UtcTicks] = bucket = new HashSet<string>(StringComparer.Ordinal);
            }

            bucket.Add(task.Id);
        }

        if (task.Phase is { } phase && task.State.IsOpen())
        {
            d.OpenByPhase[phase] = d.OpenByPhase.GetValueOrDefault(phase) + 1;
        }
    }

    private InMemoryInstanceData DataOf(string instanceId)
    {
        if (!_data.TryGetValue(instanceId, out var d))
        {
            _data[instanceId] = d = new InMemoryInstanceData();
        }

        return d;
    }

    private TaskRecord[] Resolve(List<string> ids)
    {
        var result = new TaskRecord[ids.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = _tasks[ids[i]];
        }

        return result;
    }
}
