namespace Workflows.Runtime.State;

public enum InstanceStatus
{
    Running,
    Completed,
}
