namespace Workflows.Model.Definitions;

public sealed record Role(string Id, Text Label);
