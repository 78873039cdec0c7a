using System.Text.Json.Nodes;

namespace Workflows.Runtime.Commands;

/// <summary>Submits the task with <paramref name="Data"/> (or the saved draft when null), validated against its form.</summary>
public sealed record SubmitTask(string TaskId, JsonObject? Data) : RuntimeCommand;
