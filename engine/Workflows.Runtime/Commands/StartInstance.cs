using Workflows.Model.Definitions;

namespace Workflows.Runtime.Commands;

/// <summary>Starts <paramref name="Programme"/> for <paramref name="ScopeUnit"/> and brings it up to the clock: phases without entry criteria are entered at once.</summary>
public sealed record StartInstance(string InstanceId, Programme Programme, string ScopeUnit) : RuntimeCommand;
