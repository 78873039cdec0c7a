using Workflows.Model.Validation;
using Workflows.Model.Definitions;
using Workflows.Runtime.Execution;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Metrics;

/// <summary>
/// Computes a programme's metrics from the current state and tasks of an instance, at the runtime's clock: count and
/// share of units where a unit rule holds; sum, avg, min and max of a unit state variable; completion and on-time rates
/// of a task template. Read-only: rule failures are ignored (the metric treats the unit as not matching).
/// </summary>
public sealed class MetricEvaluator(WorkflowRuntime runtime)
{
    public IReadOnlyList<MetricValue> Evaluate(string instanceId)
    {
        var ctx = runtime.ReadContext(instanceId);
        if (ctx is null)
        {
            return [];
        }

        var result = new List<MetricValue>(ctx.Programme.Metrics.Count);
        foreach (var id in ctx.Programme.Metrics.Keys.Order(StringComparer.Ordinal))
        {
            result.Add(Evaluate(ctx, ctx.Programme.Metrics[id]));
        }

        return result;
    }

    public MetricValue? Evaluate(string instanceId, string metricId)
    {
        var ctx = runtime.ReadContext(instanceId);
        return ctx is not null && ctx.Programme.Metrics.TryGetValue(metricId, out var metric) ? Evaluate(ctx, metric) : null;
    }

    private static MetricValue Evaluate(CommandContext ctx, Metric metric)
    {
        var (value, count) = metric.Aggregate switch
        {
            MetricAggregate.CompletionRate or MetricAggregate.OnTimeRate => TaskRate(ctx, metric),
            _ => UnitAggregate(ctx, metric),
        };
        var met = value is { } v && (metric.Target?.IsMetBy(v) ?? true);
        var deadlinePassed = metric.Deadline is { } deadline && ctx.Now >= ZonedTime.StartOf(deadline, ctx.Programme.Zone);
        return new MetricValue(
            metric.Id,
            metric.Title,
            metric.Aggregate,
            value,
            count,
            metric.Target,
            metric.Deadline is { } d ? ZonedTime.DateText(d) : null,
            met,
            met || !deadlinePassed,
            ctx.NowOffset);
    }

    private static (double? Value, int Count) UnitAggregate(CommandContext ctx, Metric metric)
    {
        var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, metric.UnitType!);
        var matching = 0;
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        var numbers = 0;
        foreach (var unit in units)
        {
            if (metric.Where is { } where && !ctx.Rules.Holds(ctx, where, new RuleSubject(unit)))
            {
                continue;
            }

            matching++;
            if (metric.Variable is { } variable && JsonNumber.Read(ctx.UnitStateView(unit)[variable]) is { } n)
            {
                numbers++;
                sum += n;
                min = Math.Min(min, n);
                max = Math.Max(max, n);
            }
        }

        return metric.Aggregate switch
        {
            MetricAggregate.Count => (matching, units.Count),
            MetricAggregate.Share => (units.Count == 0 ? null : (double)matching / units.Count, units.Count),
            MetricAggregate.Sum => (sum, numbers),
            MetricAggregate.Avg => (numbers == 0 ? null : sum / numbers, numbers),
            MetricAggregate.Min => (numbers == 0 ? null : min, numbers),
            _ => (numbers == 0 ? null : max, numbers),
        };
    }

    /// <summary>
    /// Completion: completed / not cancelled. On time: of the tasks whose outcome is known (completed, or past due),
    /// those first submitted by their due date.
    /// </summary>
    private static (double? Value, int Count) TaskRate(CommandContext ctx, Metric metric)
    {
        int total = 0, done = 0, decided = 0, onTime = 0;
        var now = ctx.NowOffset;
        foreach (var task in ctx.TasksOf(metric.Task!))
        {
            if (task.State == TaskState.Cancelled)
            {
                continue;
            }

            total++;
            var completed = task.State == TaskState.Completed;
            if (completed)
            {
                done++;
            }

            if (completed || task.DueAt <= now)
            {
                decided++;
                if (completed && (task.DueAt is not { } due || task.FirstSubmittedAt <= due))
                {
                    onTime++;
                }
            }
        }

        return metric.Aggregate == MetricAggregate.CompletionRate
            ? (total == 0 ? null : (double)done / total, total)
            : (decided == 0 ? null : (double)onTime / decided, decided);
    }
}
