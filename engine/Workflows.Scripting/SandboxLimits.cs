namespace Workflows.Scripting;

/// <summary>
/// Bounds on one rule evaluation. A rule that crosses any of them is stopped and reported, and the host carries on.
/// </summary>
/// <param name="Timeout">Wall time of one evaluation (also bounds each regular expression match).</param>
/// <param name="MaxStatements">JavaScript statements one evaluation may execute.</param>
/// <param name="MaxMemoryBytes">Bytes one evaluation may allocate on its thread.</param>
/// <param name="MaxRecursionDepth">Nested JavaScript calls one evaluation may make.</param>
public sealed record SandboxLimits(TimeSpan Timeout, int MaxStatements, long MaxMemoryBytes, int MaxRecursionDepth)
{
    /// <summary>500 ms, 100 000 statements, 16 MiB, 64 nested calls: generous for guards, effects and cohort rankings.</summary>
    public static SandboxLimits Default { get; } = new(TimeSpan.FromMilliseconds(500), 100_000, 16L * 1024 * 1024, 64);
}
