using System.Collections.Frozen;

namespace Workflows.Model.Definitions;

public sealed record UnitType(string Id, Text Label, IReadOnlyList<string> Parents, FrozenDictionary<string, Role> Roles);
