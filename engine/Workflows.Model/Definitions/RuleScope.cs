namespace Workflows.Model.Definitions;

public enum RuleScope
{
    /// <summary>Runs for one unit (<c>unit</c> is set).</summary>
    Unit,

    /// <summary>Runs over every unit of a type in the scope (<c>units</c> is set): rankings and quotas.</summary>
    Cohort,

    /// <summary>Runs for the instance as a whole.</summary>
    Instance,
}
