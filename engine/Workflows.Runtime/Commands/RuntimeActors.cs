namespace Workflows.Runtime.Commands;

public static class RuntimeActors
{
    /// <summary>The engine itself (schedules, sweeps) and administrators acting for it: allowed every task command.</summary>
    public const string System = "system";

    public static bool IsSystem(string? actor) => actor is null || actor == System;
}
