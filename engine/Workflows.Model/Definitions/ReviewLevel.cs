using NodaTime;

namespace Workflows.Model.Definitions;

public sealed record ReviewLevel(string Id, Text Title, string UnitType, string Role, string? When, Period? Within);
