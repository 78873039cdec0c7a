using System.Text.Json.Nodes;

namespace Workflows.Runtime.State;

/// <summary>The state variables one unit has in one instance (<c>unit.state</c> in rules); absent until first written.</summary>
public sealed record UnitStateRecord(string InstanceId, string UnitId, JsonObject State, int Version);
