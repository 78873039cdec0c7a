namespace Workflows.Model.Definitions;

/// <summary>A target such as <c>&gt;= 0.5</c>.</summary>
public sealed record MetricTarget(string Op, double Value)
{
    public bool IsMetBy(double actual) => Op switch
    {
        ">=" => actual >= Value,
        ">" => actual > Value,
        "<=" => actual <= Value,
        "<" => actual < Value,
        _ => Math.Abs(actual - Value) < 1e-9,
    };
}
