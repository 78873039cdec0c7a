namespace Workflows.Model.Definitions;

public enum MetricAggregate
{
    Count,
    Share,
    Sum,
    Avg,
    Min,
    Max,
    CompletionRate,
    OnTimeRate,
}
