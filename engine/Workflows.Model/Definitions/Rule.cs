using Workflows.Scripting;

namespace Workflows.Model.Definitions;

/// <summary>A named rule, prepared once per programme version and reused for every evaluation.</summary>
public sealed record Rule(string Id, RuleScope Scope, string? UnitType, string? Form, CompiledRule Compiled, Text Description);
