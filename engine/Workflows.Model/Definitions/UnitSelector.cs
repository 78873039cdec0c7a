namespace Workflows.Model.Definitions;

/// <summary>With a code: the unit of that type and code in the scope; without: the assignee unit's nearest ancestor of that type.</summary>
public sealed record UnitSelector(string UnitType, string? Code, Text? Name);
