namespace Workflows.Runtime.Stores;

/// <summary>Orders due-date index entries by instant, then ordinally by task id, so sweeps are deterministic.</summary>
internal sealed class TimerKeyComparer : IComparer<(long Ticks, string TaskId)>
{
    public static TimerKeyComparer Instance { get; } = new();

    public int Compare((long Ticks, string TaskId) x, (long Ticks, string TaskId) y)
    {
        var c = x.Ticks.CompareTo(y.Ticks);
        return c != 0 ? c : string.CompareOrdinal(x.TaskId, y.TaskId);
    }
}
