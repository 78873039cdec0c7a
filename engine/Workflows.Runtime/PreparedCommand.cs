using Workflows.Runtime.Commands;
using Workflows.Runtime.Stores;

namespace Workflows.Runtime;

/// <summary>A decided command: its result and, when accepted and new, the one change set that commits it.</summary>
public sealed record PreparedCommand(CommandResult Result, ChangeSet? Changes);
