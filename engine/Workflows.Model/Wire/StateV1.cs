namespace Workflows.Model.Wire;

/// <summary>State variables: per instance, and per unit for each unit type (<c>starLevel</c>, <c>certified</c>).</summary>
public sealed record StateV1
{
    public Dictionary<string, VariableV1>? Instance { get; init; }
    public Dictionary<string, Dictionary<string, VariableV1>>? Units { get; init; }
}
