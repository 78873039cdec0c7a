namespace Workflows.Benchmarks;

/// <summary>The physical floor's row: what a task needs at minimum (ids, assignee, times, state), as a batch insert would write it.</summary>
public sealed record PlainTask(string Id, string InstanceId, string Template, string Unit, string Assignee, DateTimeOffset CreatedAt, DateTimeOffset DueAt, int State);
