using Workflows.Model.Validation;
using Workflows.Model.Definitions;
using Workflows.Runtime.Events;
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
/// A unit metric whose <c>where</c> rule can only see the unit and the parameters (no instance state, no <c>now</c>,
/// no <c>Date</c> or <c>Math.random</c>), or that has none, depends on each unit's stored state alone. Its per-unit
/// contributions (matches, variable value) are kept between evaluations, and the next evaluation re-evaluates only the
/// units the event log shows changed since (<see cref="EventKinds.UnitStateChanged"/>): a dashboard or a simulation
/// sampling every month re-evaluates the few units that moved, not the tens of thousands that did not.
/// </remarks>
public sealed class MetricEvaluator(WorkflowRuntime runtime)
{
    /// <summary>One evaluation at a time per evaluator: the remembered results are plain dictionaries.</summary>
    private readonly Lock _evaluating = new();
    private readonly Dictionary<(string Instance, string Metric), Contributions> _contributions = [];

    public IReadOnlyList<MetricValue> Evaluate(string instanceId)
    {
        var ctx = runtime.ReadContext(instanceId);
        if (ctx is null)
        {
            return [];
        }

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
        var c = metric.Where is null || IsFunctionOfUnit(ctx.Programme, metric.Where, metric.UnitType!)
            ? Incremental(ctx, metric)
            : Full(ctx, metric, 0);
        var matching = 0;
        double sum = 0, min = double.MaxValue, max = double.MinValue;
        var numbers = 0;
        for (var i = 0; i < c.Units.Length; i++)
        {
            if (!c.Holds[i])
            {
                continue;
            }

            matching++;
            if (c.Values[i] is { } n)
            {
                numbers++;
                sum += n;
                min = Math.Min(min, n);
                max = Math.Max(max, n);
            }
        }

        var total = c.Units.Length;
        return metric.Aggregate switch
        {
            MetricAggregate.Count => (matching, total),
            MetricAggregate.Share => (total == 0 ? null : (double)matching / total, total),
            MetricAggregate.Sum => (sum, numbers),
            MetricAggregate.Avg => (numbers == 0 ? null : sum / numbers, numbers),
            MetricAggregate.Min => (numbers == 0 ? null : min, numbers),
            _ => (numbers == 0 ? null : max, numbers),
        };
    }

    /// <summary>The kept contributions, brought up to date from the event log; a full pass the first time.</summary>
    private Contributions Incremental(CommandContext ctx, Metric metric)
    {
        var key = (ctx.InstanceId, metric.Id);

        // The log position is read before any state: a change committed meanwhile is seen now or at the next evaluation.
        var last = ctx.Store.LastSequence(ctx.InstanceId);
        if (!_contributions.TryGetValue(key, out var c) || !ReferenceEquals(c.Programme, ctx.Programme))
        {
            c = Full(ctx, metric, last);
            _contributions[key] = c;
            return c;
        }

        if (last > c.Sequence)
        {
            foreach (var e in ctx.Store.Events(ctx.InstanceId, c.Sequence))
            {
                if (e.Kind == EventKinds.UnitStateChanged && e.Unit is { } unit && c.Positions.TryGetValue(unit, out var i))
                {
                    Contribute(ctx, metric, c, i);
                }

                c.Sequence = Math.Max(c.Sequence, e.Sequence);
            }
        }

        return c;
    }

    /// <summary>Every unit of the metric's type in scope, evaluated now.</summary>
    private static Contributions Full(CommandContext ctx, Metric metric, long sequence)
    {
        ctx.PreloadUnitStates();
        var units = ctx.Org.DescendantsOfType(ctx.ScopeUnit, metric.UnitType!).ToArray();
        var c = new Contributions(ctx.Programme, units) { Sequence = sequence };
        for (var i = 0; i < units.Length; i++)
        {
            Contribute(ctx, metric, c, i);
        }

        return c;
    }

    private static void Contribute(CommandContext ctx, Metric metric, Contributions c, int i)
    {
        var unit = c.Units[i];
        c.Holds[i] = metric.Where is not { } where || ctx.Rules.Holds(ctx, where, new RuleSubject(unit));
        c.Values[i] = metric.Variable is { } variable ? JsonNumber.Read(ctx.UnitStateValue(unit, variable)) : null;
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

    /// <summary>One unit metric's per-unit contributions for one instance, as of event <see cref="Sequence"/>.</summary>
    private sealed class Contributions(Programme programme, OrgUnit[] units)
    {
        private Dictionary<string, int>? _positions;

        public Programme Programme { get; } = programme;

        public OrgUnit[] Units { get; } = units;

        /// <summary>Unit id → index, built when the first update needs it (a metric evaluated in full never does).</summary>
        public Dictionary<string, int> Positions => _positions ??= Index(Units);

        public bool[] Holds { get; } = new bool[units.Length];

        public double?[] Values { get; } = new double?[units.Length];

        public long Sequence { get; set; }

        private static Dictionary<string, int> Index(OrgUnit[] units)
        {
            var positions = new Dictionary<string, int>(units.Length, StringComparer.Ordinal);
            for (var i = 0; i < units.Length; i++)
            {
                positions[units[i].Id] = i;
            }

            return positions;
        }
    }
}
