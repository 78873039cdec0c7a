namespace Workflows.Model.Wire;

/// <summary>
/// A named JavaScript rule: either an <c>expression</c> or a function <c>body</c> that returns a value.
/// It sees plain JSON only: <c>params</c>, <c>state</c>, <c>unit</c>, <c>units</c> (cohort rules),
/// <c>form</c> (when <c>form</c> names the form it reads), <c>task</c> and <c>now</c>.
/// </summary>
public sealed record RuleV1
{
    public TextV1? Description { get; init; }

    /// <summary><c>unit</c> (default), <c>cohort</c> (all units of <see cref="UnitType"/> in scope) or <c>instance</c>.</summary>
    public string? Scope { get; init; }

    public string? UnitType { get; init; }
    public string? Form { get; init; }
    public string? Expression { get; init; }
    public string? Body { get; init; }
    public List<RuleTestV1>? Tests { get; init; }
}
