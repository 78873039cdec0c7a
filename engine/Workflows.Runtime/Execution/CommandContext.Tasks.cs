using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>The tasks a command reads and writes, merged over the store, with the per-phase open counts and the due-date index adjusted.</summary>
internal sealed partial class CommandContext
{
    private SortedSet<(long Ticks, string TaskId)>? _timers;
    private long _timerHorizon;

    public TaskRecord? GetTask(string id)
    {
        if (_tasks.TryGetValue(id, out var task))
        {
            return task;
        }

        task = Store.FindTask(id);
        if (task is not null && task.InstanceId == InstanceId)
        {
            Track(task);
            return task;
        }

        return null;
    }

    /// <summary>Adds a new task (version 1) created by this command.</summary>
    public void AddTask(TaskRecord task)
    {
        _tasks.Add(task.Id, task);
        _changedTasks.Add(task.Id);
        if (task.Phase is { } phase && task.State.IsOpen())
        {
            _openDelta[phase] = _openDelta.GetValueOrDefault(phase) + 1;
        }

        IndexTimer(null, task);
    }

    /// <summary>Replaces a task this command read with its next version.</summary>
    public TaskRecord UpdateTask(TaskRecord task)
    {
        var previous = _tasks[task.Id];

        // Already in the changed list: created by this command (no stored version), or changed once already (its version moved on).
        var alreadyChanged = !_storedTaskVersions.TryGetValue(task.Id, out var stored) || previous.Version != stored;
        if (task.Version != stored + 1)
        {
            task = task with { Version = stored + 1 };
        }
        if (previous.State.IsOpen() != task.State.IsOpen())
        {
            SentriesMayChange = true;
        }

        if (previous.Phase is { } phase && previous.State.IsOpen() != task.State.IsOpen())
        {
            _openDelta[phase] = _openDelta.GetValueOrDefault(phase) + (task.State.IsOpen() ? 1 : -1);
        }

        IndexTimer(previous, task);
        _tasks[task.Id] = task;
        if (!alreadyChanged)
        {
            _changedTasks.Add(task.Id);
        }

        return task;
    }

    public int CountOpenTasks(string phase) => Store.CountOpenTasks(InstanceId, phase) + _openDelta.GetValueOrDefault(phase);

    /// <summary>The tasks of a template, the command's own versions first-class, in creation order.</summary>
    public IReadOnlyList<TaskRecord> TasksOf(string template)
    {
        if (_tasks.Count == 0)
        {
            // Nothing read or written yet (a reader, such as metrics): the store's list as it is.
            var stored = Store.TasksOf(InstanceId, template);
            return stored as IReadOnlyList<TaskRecord> ?? stored.ToList();
        }

        var result = new List<TaskRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stored in Store.TasksOf(InstanceId, template))
        {
            seen.Add(stored.Id);
            result.Add(_tasks.GetValueOrDefault(stored.Id) ?? stored);
        }

        foreach (var id in _changedTasks)
        {
            var task = _tasks[id];
            if (task.Template == template && !seen.Contains(id))
            {
                result.Add(task);
            }
        }

        return result;
    }

    /// <summary>Starts keeping a due-date index of every task whose timer falls at or before <paramref name="until"/>, for the sweep.</summary>
    public void BeginSweep(DateTimeOffset until)
    {
        _timerHorizon = until.UtcTicks;
        _timers = new SortedSet<(long, string)>(Stores.TimerKeyComparer.Instance);
        foreach (var task in Store.TasksWithTimerBy(InstanceId, until))
        {
            var current = GetTask(task.Id)!;
            if (current.NextTimerAt is { } t && t.UtcTicks <= _timerHorizon)
            {
                _timers.Add((t.UtcTicks, current.Id));
            }
        }
    }

    /// <summary>The earliest pending timer of the sweep, if any.</summary>
    public DateTimeOffset? EarliestTimer() => _timers is { Count: > 0 } t ? new DateTimeOffset(t.Min.Ticks, TimeSpan.Zero) : null;

    /// <summary>Removes and returns the ids of the tasks whose timer is at or before <paramref name="at"/>, earliest first.</summary>
    public List<string> TakeTimersBy(DateTimeOffset at)
    {
        var due = new List<string>();
        while (_timers is { Count: > 0 } timers && timers.Min.Ticks <= at.UtcTicks)
        {
            due.Add(timers.Min.TaskId);
            timers.Remove(timers.Min);
        }

        return due;
    }

    private void Track(TaskRecord task)
    {
        _tasks[task.Id] = task;
        _storedTaskVersions[task.Id] = task.Version;
    }

    private void IndexTimer(TaskRecord? previous, TaskRecord task)
    {
        if (_timers is null)
        {
            return;
        }

        if (previous?.NextTimerAt is { } old)
        {
            _timers.Remove((old.UtcTicks, previous.Id));
        }

        if (task.NextTimerAt is { } next && next.UtcTicks <= _timerHorizon)
        {
            _timers.Add((next.UtcTicks, task.Id));
        }
    }
}
