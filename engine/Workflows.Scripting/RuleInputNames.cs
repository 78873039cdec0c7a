using System.Collections.Frozen;

namespace Workflows.Scripting;

/// <summary>The names under which a rule sees its input (ADR 0001, "Rules"); each is the same-named top-level property
/// of the input object, and <c>undefined</c> when the input lacks it.</summary>
public static class RuleInputNames
{
    public const string Params = "params";
    public const string State = "state";
    public const string Unit = "unit";
    public const string Units = "units";
    public const string Form = "form";
    public const string Task = "task";
    public const string Review = "review";
    public const string Now = "now";

    /// <summary>In the order the compiled rule takes them as parameters.</summary>
    public static IReadOnlyList<string> Ordered { get; } = [Params, State, Unit, Units, Form, Task, Review, Now];

    public static IReadOnlySet<string> All { get; } = Ordered.ToFrozenSet(StringComparer.Ordinal);
}
