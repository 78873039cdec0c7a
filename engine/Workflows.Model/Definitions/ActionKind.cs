namespace Workflows.Model.Definitions;

public enum ActionKind
{
    CreateTasks,
    CloseTasks,
    RunRule,
    SetState,
    SetUnitState,
    EnterPhase,
    ExitPhase,
}
