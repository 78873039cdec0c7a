using Workflows.Model.Validation;
using Workflows.Model.Definitions;
using Workflows.Runtime.Execution;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;
using Workflows.Scripting;

namespace Workflows.Runtime.Metrics;

/// <summary>
/// Computes a programme's metrics from the current state and tasks of an instance, at the runtime's clock: count and
/// share of units where a unit rule holds; sum, avg, min and max of a unit state variable; completion and on-time rates
/// of a task template. Read-only: rule failures are ignored (the metric treats the unit as not matching).
/// </summary>
/// <remarks>
/// A <c>where</c> rule that can only see the unit and the parameters (no instance state, no <c>now</c>, no
/// <c>Date</c> or <c>Math.random</c>) is a function of the unit's stored state, so its result is remembered per unit
/// with that state's version and the rule runs again only for units whose state changed: a dashboard or a simulation
/// sampling every month re-evaluates the few units that moved, not the tens of thousands that did not.
/// </remarks>
public sealed class MetricEvaluator(WorkflowRuntime runtime)
{
    /// <summary>One evaluation at a time per evaluator: the remembered results are plain dictionaries.</summary>
    private readonly Lock _evaluating = new();
    private readonly Dictionary<string, WhereCache> _caches = new(StringComparer.Ordinal);

    public IReadOnlyList<MetricValue> Evaluate(string instanceId)
    {
        var ctx = runtime.ReadContext(instanceId);
        if (ctx is null)
        {
            return [];
        }

        ctx.PreloadUnitStates();
        var result = new List<MetricValue>(ctx.Programme.Metrics.Count);
        lock (_evaluating)
        {
            foreach (var id in ctx.Programme.Metrics.Keys.Order(StringComparer.Ordinal))
            {
                result.Add(Evaluate(ctx, ctx.Programme.Metrics[id]));
            }
        }

        return result;
    }

    public MetricValue? Evaluate(string instanceId, string metricId)
    {
        var ctx = runtime.ReadContext(instanceId);
        if (ctx is null || !ctx.Programme.Metrics.TryGetValue(metricId, out var metric))
        {
            return null;
        }

        ctx.PreloadUnitStates();
        lock (_evaluating)
        {
            return Evaluate(ctx, metric);
        }
    }

    private MetricValue Evaluate(CommandContext ctx, Metric metric)
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

    private (double? Value, int Count) UnitAggregate(CommandContext ctx, Metric metric)
    {
        var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, metric.UnitType!);
        var matching = 0;
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        var numbers = 0;
        var cache = metric.Where is { } w && IsFunctionOfUnit(ctx.Programme, w, metric.UnitType!) ? CacheFor(ctx, w) : null;
        foreach (var unit in units)
        {
            if (metric.Where is { } where && !Holds(ctx, where, unit, cache))
            {
                continue;
            }

            matching++;
            if (metric.Variable is { } variable && JsonNumber.Read(ctx.UnitStateValue(unit, variable)) is { } n)
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

    private static bool Holds(CommandContext ctx, string where, OrgUnit unit, Dictionary<string, (int Version, bool Holds)>? cache)
    {
        if (cache is null)
        {
            return ctx.Rules.Holds(ctx, where, new RuleSubject(unit));
        }

        var version = ctx.StoredUnitVersion(unit.Id);
        if (cache.TryGetValue(unit.Id, out var known) && known.Version == version)
        {
            return known.Holds;
        }

        var holds = ctx.Rules.Holds(ctx, where, new RuleSubject(unit));
        cache[unit.Id] = (version, holds);
        return holds;
    }

    /// <summary>Whether the rule's result depends only on the unit it is evaluated for (its descriptor and state) and the parameters.</summary>
    private static bool IsFunctionOfUnit(Programme programme, string ruleId, string unitType)
    {
        // A rule of another unit type runs for the nearest unit of its type, whose state version is not the one at hand.
        if (!programme.Rules.TryGetValue(ruleId, out var rule) || rule.Scope != RuleScope.Unit || (rule.UnitType is { } type && type != unitType))
        {
            return false;
        }

        foreach (var name in rule.Compiled.FreeNames)
        {
            if (name is RuleInputNames.State or RuleInputNames.Now or RuleInputNames.Units or RuleInputNames.Form or RuleInputNames.Task or RuleInputNames.Review
                or "Math" or "Date")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The remembered results of a rule for the instance, started over when it runs another programme (version).</summary>
    private Dictionary<string, (int Version, bool Holds)> CacheFor(CommandContext ctx, string ruleId)
    {
        if (!_caches.TryGetValue(ctx.InstanceId, out var cache) || !ReferenceEquals(cache.Programme, ctx.Programme))
        {
            _caches[ctx.InstanceId] = cache = new WhereCache(ctx.Programme);
        }

        if (!cache.Results.TryGetValue(ruleId, out var results))
        {
            cache.Results[ruleId] = results = new Dictionary<string, (int, bool)>(StringComparer.Ordinal);
        }

        return results;
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

    private sealed class WhereCache(Programme programme)
    {
        public Programme Programme { get; } = programme;

        /// <summary>Per where rule, per unit id: the unit state version evaluated and the result.</summary>
        public Dictionary<string, Dictionary<string, (int Version, bool Holds)>> Results { get; } = new(StringComparer.Ordinal);
    }
}
