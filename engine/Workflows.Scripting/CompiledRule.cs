using Acornima.Ast;
using Jint;
using Workflows.Scripting.Analysis;
using Workflows.Scripting.Compilation;

namespace Workflows.Scripting;

/// <summary>
/// A rule parsed and prepared once, ready to be evaluated any number of times on any thread. It also answers what the
/// rule reads, for the validator.
/// </summary>
public sealed class CompiledRule
{
    private readonly MemberReads _reads;

    internal CompiledRule(
        string source,
        RuleSourceKind kind,
        Prepared<Script> script,
        int firstLineShift,
        InputUse[] inputs,
        IReadOnlySet<string> freeNames,
        IReadOnlySet<string> unknownNames,
        MemberReads reads)
    {
        Source = source;
        Kind = kind;
        Script = script;
        FirstLineShift = firstLineShift;
        Inputs = inputs;
        FreeNames = freeNames;
        UnknownNames = unknownNames;
        _reads = reads;
    }

    public string Source { get; }

    public RuleSourceKind Kind { get; }

    /// <summary>Names the rule uses without declaring them: input names (<see cref="RuleInputNames"/>) and built-ins such
    /// as <c>Math</c>.</summary>
    public IReadOnlySet<string> FreeNames { get; }

    /// <summary>Free names that are neither input names nor sandbox built-ins: reading one throws a
    /// <c>ReferenceError</c>, so each is most likely a typo.</summary>
    public IReadOnlySet<string> UnknownNames { get; }

    /// <summary>The wrapper function script, prepared for any engine.</summary>
    internal Prepared<Script> Script { get; }

    /// <summary>How many characters the wrapper adds before the rule's first line.</summary>
    internal int FirstLineShift { get; }

    /// <summary>Per <see cref="RuleInputNames.Ordered"/>: how much of that input the rule can observe, so the rest is
    /// not converted.</summary>
    internal InputUse[] Inputs { get; }

    /// <summary>
    /// The member names the rule reads on the identifier <paramref name="rootName"/>, first level only:
    /// <c>form.area</c>, <c>form["rooms"]</c>, <c>form?.x</c> and <c>const { y } = form</c> give
    /// <c>{area, rooms, x, y}</c>. Empty when it reads none.
    /// </summary>
    public IReadOnlySet<string> ReadMembersOf(string rootName)
    {
        ArgumentNullException.ThrowIfNull(rootName);
        return _reads.Of(rootName);
    }

    /// <summary>
    /// Whether the rule uses <paramref name="rootName"/> in a way static analysis cannot name, such as <c>form[key]</c>,
    /// <c>Object.keys(form)</c>, <c>{ ...form }</c> or passing <c>form</c> to a function. When true,
    /// <see cref="ReadMembersOf"/> may not list every member read.
    /// </summary>
    public bool ReadsDynamically(string rootName)
    {
        ArgumentNullException.ThrowIfNull(rootName);
        return _reads.IsDynamic(rootName);
    }
}
