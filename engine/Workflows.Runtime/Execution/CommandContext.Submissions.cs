using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>The submissions a command adds (a submit) or decides on (a review), merged over the store.</summary>
internal sealed partial class CommandContext
{
    private readonly Dictionary<(string TaskId, int Number), SubmissionRecord> _changedSubmissions = [];
    private readonly Dictionary<(string TaskId, int Number), int> _storedSubmissionVersions = [];

    /// <summary>The task's latest submission: this command's version, else the store's; null before the first.</summary>
    public SubmissionRecord? CurrentSubmission(TaskRecord task)
    {
        if (task.Submissions == 0)
        {
            return null;
        }

        var key = (task.Id, task.Submissions);
        if (_changedSubmissions.TryGetValue(key, out var mine))
        {
            return mine;
        }

        if (Store.FindSubmission(task.Id, task.Submissions) is not { } current)
        {
            return null;
        }

        _storedSubmissionVersions[key] = current.Version;
        return current;
    }

    /// <summary>Adds a new submission or replaces one read through <see cref="CurrentSubmission"/>; the version is set here.</summary>
    public void WriteSubmission(SubmissionRecord submission)
    {
        var key = (submission.TaskId, submission.Number);
        _changedSubmissions[key] = submission with { Version = _storedSubmissionVersions.GetValueOrDefault(key) + 1 };
    }

    private SubmissionRecord[] ChangedSubmissions() => [.. _changedSubmissions.Values];
}
