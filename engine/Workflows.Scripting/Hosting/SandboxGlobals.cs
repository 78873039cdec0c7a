using System.Collections.Frozen;

namespace Workflows.Scripting.Hosting;

/// <summary>Names the sandbox's built-ins provide, read once from a hardened engine so the lists match what runs.</summary>
internal static class SandboxGlobals
{
    private static readonly Lazy<(FrozenSet<string> Globals, FrozenSet<string> ObjectMembers)> Lazy = new(Read);

    /// <summary>Global names: <c>Math</c>, <c>JSON</c>, <c>Date</c>, …</summary>
    public static FrozenSet<string> Names => Lazy.Value.Globals;

    /// <summary>Names every object inherits (<c>valueOf</c>, <c>hasOwnProperty</c>, …): reading one hands the rule the
    /// whole object.</summary>
    public static FrozenSet<string> ObjectMembers => Lazy.Value.ObjectMembers;

    private static (FrozenSet<string>, FrozenSet<string>) Read()
    {
        var engine = SandboxEngine.Create(SandboxLimits.Default);
        return (
            engine.GlobalNames().ToFrozenSet(StringComparer.Ordinal),
            engine.ObjectPrototypeNames().ToFrozenSet(StringComparer.Ordinal));
    }
}
