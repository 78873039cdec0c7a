using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Stores;

/// <summary>The indexes the in-memory store keeps per instance (what a database store gets from its indexes).</summary>
internal sealed class InMemoryInstanceData
{
    public List<string> TaskIds { get; } = [];
    public Dictionary<string, List<string>> ByTemplate { get; } = new(StringComparer.Ordinal);
    public SortedSet<(long Ticks, string TaskId)> Timers { get; } = new(TimerKeyComparer.Instance);
    public Dictionary<string, int> OpenByPhase { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, UnitStateRecord> UnitStates { get; } = new(StringComparer.Ordinal);
    public List<RuntimeEvent> Events { get; } = [];
}
