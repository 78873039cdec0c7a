using System.Collections.Frozen;

namespace Workflows.Scripting.Hosting;

/// <summary>The global names a rule can use, read once from a hardened engine so the list matches what runs.</summary>
internal static class SandboxGlobals
{
    private static readonly Lazy<FrozenSet<string>> Lazy = new(Read);

    public static FrozenSet<string> Names => Lazy.Value;

    private static FrozenSet<string> Read()
    {
        var engine = SandboxEngine.Create(SandboxLimits.Default);
        return engine.GlobalNames().ToFrozenSet(StringComparer.Ordinal);
    }
}
