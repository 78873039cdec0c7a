using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;
using Workflows.Model.Wire;
using Workflows.Scripting;

namespace Workflows.Model.Validation;

/// <summary>
/// Turns a structurally valid wire document into an immutable <see cref="Programme"/>, reporting every semantic
/// problem on the way. The model is returned only when there is none.
/// </summary>
internal static class ProgrammeBinder
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public static Programme? Bind(ProgrammeV1 wire, System.Text.Json.Nodes.JsonObject document, DiagnosticBag diagnostics, RuleSandbox sandbox)
    {
        ArgumentNullException.ThrowIfNull(wire);
        var ctx = new BindingContext(wire, diagnostics);
        var errorsBefore = diagnostics.Items.Count;
        if (!Iso.TryGetZone(wire.TimeZone ?? DefaultTimeZone, out var zone))
        {
            ctx.Error(Pointer.Of("timeZone"), "timeZone.invalid", $"未知时区“{wire.TimeZone}”（应为 IANA 时区，如 Asia/Shanghai）", $"Unknown time zone '{wire.TimeZone}' (use an IANA id such as Asia/Shanghai)");
        }

        var (parameters, values) = ParameterBinder.Bind(ctx);
        var unitTypes = UnitTypeBinder.Bind(ctx);
        var forms = FormBinder.Bind(ctx);
        var instanceState = StateBinder.BindInstance(ctx);
        var unitState = StateBinder.BindUnits(ctx);
        var rules = RuleBinder.Bind(ctx, sandbox, forms, values);
        var phases = PhaseBinder.Bind(ctx);
        var tasks = TaskBinder.Bind(ctx);
        var schedules = ScheduleBinder.Bind(ctx, zone);
        var metrics = MetricBinder.Bind(ctx);
        if (diagnostics.Items.Count > errorsBefore || wire.Id is null || wire.Version is null || wire.Title is null)
        {
            return null;
        }

        return new Programme
        {
            Id = wire.Id,
            Version = wire.Version,
            Title = BindingContext.TextOf(wire.Title),
            Description = wire.Description is null ? null : BindingContext.TextOf(wire.Description),
            Zone = zone,
            Parameters = parameters,
            ParameterValues = values,
            UnitTypes = unitTypes,
            Forms = forms,
            Rules = rules,
            InstanceState = instanceState,
            UnitState = unitState,
            Phases = phases,
            Tasks = tasks,
            Schedules = schedules,
            Metrics = metrics,
            Adoptions = (wire.Adoptions ?? []).Select(a => a.Id ?? "").ToList(),
            Document = document,
        };
    }
}
