using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Stores;

/// <summary>
/// Where instances, tasks, unit state, the event log and idempotency results live. Reads return immutable records; the
/// only write is <see cref="Commit"/>, one unit of work per command, so a database store maps it to one transaction.
/// </summary>
public interface IRuntimeStore
{
    InstanceRecord? FindInstance(string instanceId);

    TaskRecord? FindTask(string taskId);

    UnitStateRecord? FindUnitState(string instanceId, string unitId);

    IReadOnlyCollection<UnitStateRecord> UnitStates(string instanceId);

    /// <summary>Every task of the instance, in creation order.</summary>
    IEnumerable<TaskRecord> Tasks(string instanceId);

    /// <summary>Every task of one template, in creation order.</summary>
    IEnumerable<TaskRecord> TasksOf(string instanceId, string template);

    /// <summary>Every submission of a task, oldest first.</summary>
    IReadOnlyList<SubmissionRecord> Submissions(string taskId);

    /// <summary>One submission of a task by its number (1 for the first), or null.</summary>
    SubmissionRecord? FindSubmission(string taskId, int number);

    /// <summary>Tasks whose <see cref="TaskRecord.NextTimerAt"/> is at or before <paramref name="at"/>, earliest first (the due-date index).</summary>
    IEnumerable<TaskRecord> TasksWithTimerBy(string instanceId, DateTimeOffset at);

    /// <summary>The earliest <see cref="TaskRecord.NextTimerAt"/> of the instance's tasks.</summary>
    DateTimeOffset? EarliestTimer(string instanceId);

    /// <summary>How many tasks of a phase are neither completed nor cancelled.</summary>
    int CountOpenTasks(string instanceId, string phase);

    /// <summary>The stored result of the command that used <paramref name="idempotencyKey"/>, if one was accepted.</summary>
    CommandResult? FindResult(string idempotencyKey);

    /// <summary>The sequence of the instance's latest event, 0 before the first.</summary>
    long LastSequence(string instanceId);

    /// <summary>The event log of an instance after <paramref name="afterSequence"/>, in order.</summary>
    IReadOnlyList<RuntimeEvent> Events(string instanceId, long afterSequence = 0);

    /// <summary>
    /// Writes every change of one command atomically. Each record carries its new version; the store rejects the whole
    /// change set with <see cref="ConcurrencyException"/> when a stored version is not the one before it, or the
    /// idempotency key is already taken.
    /// </summary>
    void Commit(ChangeSet changes);
}
