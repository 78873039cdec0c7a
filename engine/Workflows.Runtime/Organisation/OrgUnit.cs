using System.Text.Json.Nodes;
using Workflows.Model.Definitions;

namespace Workflows.Runtime.Organisation;

/// <summary>
/// One organisational unit (a city, street, community, grid, bureau…). Plain data: the directory owns the lookups.
/// <c>Attributes</c> are free facts about the unit (population, households, urban…) that rules read as <c>unit.attributes</c>.
/// </summary>
public sealed record OrgUnit(string Id, string Type, Text Name, string? Parent, string? Code, JsonObject Attributes);
