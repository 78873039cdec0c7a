using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>What an action runs in: nothing (phase and schedule actions, the whole scope), or a unit and the task that completed there.</summary>
internal readonly record struct ActionScope(OrgUnit? Unit, TaskRecord? Task);
