namespace Workflows.Scripting.Hosting;

/// <summary>
/// The engines of the current thread, one per distinct <see cref="SandboxLimits"/>. A Jint engine is single-threaded;
/// keeping one per thread lets many threads evaluate the same compiled rule at once without locks.
/// </summary>
internal static class EngineCache
{
    private const int MaxEnginesPerThread = 8;

    [ThreadStatic]
    private static List<SandboxEngine>? t_engines;

    public static SandboxEngine Rent(SandboxLimits limits)
    {
        var engines = t_engines ??= [];
        for (var i = 0; i < engines.Count; i++)
        {
            var candidate = engines[i];
            if (ReferenceEquals(candidate.Limits, limits) || candidate.Limits == limits)
            {
                if (!candidate.Retired)
                {
                    return candidate;
                }

                engines.RemoveAt(i);
                break;
            }
        }

        // Sandboxes with many different limits on one thread would otherwise keep an engine each forever.
        if (engines.Count >= MaxEnginesPerThread)
        {
            engines.RemoveAt(0);
        }

        var engine = SandboxEngine.Create(limits);
        engines.Add(engine);
        return engine;
    }
}
