using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Stores;

/// <summary>The indexes the in-memory store keeps per instance (what a database store gets from its indexes).</summary>
internal sealed class InMemoryInstanceData
{
    public List<string> TaskIds { get; } = [];
    public Dictionary<string, List<string>> ByTemplate { get; } = new(StringComparer.Ordinal);
    /// <summary>The due-date index: task ids by timer instant. A fan-out gives thousands of tasks one instant, so a bucket per instant keeps inserts cheap.</summary>
    public SortedDictionary<long, HashSet<string>> Timers { get; } = [];
    public Dictionary<string, int> OpenByPhase { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, UnitStateRecord> UnitStates { get; } = new(StringComparer.Ordinal);
    public List<RuntimeEvent> Events { get; } = [];
}
