namespace Workflows.Model.Definitions;

public sealed record Assignee(string UnitType, string Role);
