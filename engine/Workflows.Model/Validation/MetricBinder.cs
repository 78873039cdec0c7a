using System.Collections.Frozen;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;

namespace Workflows.Model.Validation;

/// <summary>Checks that each metric names what its aggregate needs: units to count, a variable to sum, a task to rate.</summary>
internal static class MetricBinder
{
    public static FrozenDictionary<string, Metric> Bind(BindingContext ctx)
    {
        var result = new Dictionary<string, Metric>();
        foreach (var (id, wire) in ctx.Wire.Metrics ?? [])
        {
            var at = Pointer.Of("metrics", id);
            MetricAggregate? aggregate = wire.Aggregate switch
            {
                "count" => MetricAggregate.Count,
                "share" => MetricAggregate.Share,
                "sum" => MetricAggregate.Sum,
                "avg" => MetricAggregate.Avg,
                "min" => MetricAggregate.Min,
                "max" => MetricAggregate.Max,
                "completionRate" => MetricAggregate.CompletionRate,
                "onTimeRate" => MetricAggregate.OnTimeRate,
                _ => null,
            };
            if (aggregate is not { } agg)
            {
                continue; // the schema names the aggregates
            }

            var needsUnits = agg is not (MetricAggregate.CompletionRate or MetricAggregate.OnTimeRate);
            if (needsUnits && wire.UnitType is null)
            {
                ctx.Error(at, "metric.unitType", $"指标“{id}”（{wire.Aggregate}）必须指定 unitType", $"Metric '{id}' ({wire.Aggregate}) needs a unitType");
            }
            else if (wire.UnitType is not null)
            {
                ctx.Resolve(wire.UnitType, ctx.Wire.UnitTypes, Pointer.Append(at, "unitType"), ReferenceKind.UnitType);
            }

            if (agg is MetricAggregate.Sum or MetricAggregate.Avg or MetricAggregate.Min or MetricAggregate.Max)
            {
                if (wire.Variable is null)
                {
                    ctx.Error(at, "metric.variable", $"指标“{id}”（{wire.Aggregate}）必须指定 variable", $"Metric '{id}' ({wire.Aggregate}) needs a variable");
                }
                else if (wire.UnitType is not null)
                {
                    ctx.Resolve(wire.Variable, ctx.Wire.State?.Units?.GetValueOrDefault(wire.UnitType), Pointer.Append(at, "variable"), ReferenceKind.Variable);
                }
            }

            if (!needsUnits)
            {
                if (wire.Task is null)
                {
                    ctx.Error(at, "metric.task", $"指标“{id}”（{wire.Aggregate}）必须指定 task", $"Metric '{id}' ({wire.Aggregate}) needs a task");
                }
                else
                {
                    ctx.Resolve(wire.Task, ctx.Wire.Tasks, Pointer.Append(at, "task"), ReferenceKind.Task);
                }
            }

            if (wire.Where is not null)
            {
                ctx.Resolve(wire.Where, ctx.Wire.Rules, Pointer.Append(at, "where"), ReferenceKind.Rule);
            }

            var target = wire.Target is { Op: { } op } t && ctx.ResolveNumber(t.Value, Pointer.Append(at, "target", "value")) is { } value ? new MetricTarget(op, value) : null;
            var deadline = ctx.ResolveDate(wire.Deadline, Pointer.Append(at, "deadline"));
            result[id] = new Metric(id, BindingContext.TextOf(wire.Title), agg, wire.UnitType, wire.Where, wire.Variable, wire.Task, target, deadline);
        }

        return result.ToFrozenDictionary();
    }
}
