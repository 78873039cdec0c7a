using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Stores;

/// <summary>Everything one command changes: committed together or not at all.</summary>
public sealed record ChangeSet
{
    public required string IdempotencyKey { get; init; }
    public required CommandResult Result { get; init; }
    public InstanceRecord? Instance { get; init; }
    public IReadOnlyList<TaskRecord> Tasks { get; init; } = [];
    public IReadOnlyList<UnitStateRecord> UnitStates { get; init; } = [];
    public IReadOnlyList<SubmissionRecord> Submissions { get; init; } = [];
    public IReadOnlyList<RuntimeEvent> Events { get; init; } = [];
}
