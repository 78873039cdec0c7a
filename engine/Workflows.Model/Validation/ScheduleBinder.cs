using System.Collections.Frozen;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Model.Validation;

/// <summary>Parses each schedule's timer (date, cron or ISO 8601 repeating interval), zone and bounds.</summary>
public static class ScheduleBinder
{
    public static FrozenDictionary<string, Schedule> Bind(BindingContext ctx, DateTimeZone programmeZone)
    {
        var result = new Dictionary<string, Schedule>();
        foreach (var (id, wire) in ctx.Wire.Schedules ?? [])
        {
            var at = Pointer.Of("schedules", id);
            var zone = programmeZone;
            if (wire.TimeZone is not null && !Iso.TryGetZone(wire.TimeZone, out zone))
            {
                ctx.Error(Pointer.Append(at, "timeZone"), "timeZone.invalid", $"未知时区“{wire.TimeZone}”（应为 IANA 时区，如 Asia/Shanghai）", $"Unknown time zone '{wire.TimeZone}' (use an IANA id such as Asia/Shanghai)");
            }

            ScheduleTimer? timer = null;
            if (wire.Date is not null)
            {
                timer = ctx.ResolveDate(wire.Date, Pointer.Append(at, "date")) is { } date ? new DateTimer(date) : null;
            }
            else if (wire.Cron is not null)
            {
                if (Iso.TryParseCron(wire.Cron, out var cron, out var error))
                {
                    timer = new CronTimer(wire.Cron, cron!);
                }
                else
                {
                    ctx.Error(Pointer.Append(at, "cron"), "schedule.cron", $"cron 表达式“{wire.Cron}”无效：{error}（应为 5 段，或带秒的 6 段）", $"Invalid cron expression '{wire.Cron}': {error} (5 fields, or 6 with seconds)");
                }
            }
            else if (wire.Interval is not null)
            {
                if (Iso.TryParseInterval(wire.Interval, out var start, out var period, out var count))
                {
                    timer = new IntervalTimer(start, period, count);
                }
                else
                {
                    ctx.Error(Pointer.Append(at, "interval"), "schedule.interval", $"“{wire.Interval}”不是 ISO 8601 重复区间（如 R/2015-01-01/P1Y 或 R4/2014-06-01/P3M）", $"'{wire.Interval}' is not an ISO 8601 repeating interval (e.g. R/2015-01-01/P1Y or R4/2014-06-01/P3M)");
                }
            }

            var from = ctx.ResolveDate(wire.From, Pointer.Append(at, "from"));
            var until = ctx.ResolveDate(wire.Until, Pointer.Append(at, "until"));
            if (from is { } f && until is { } u && f > u)
            {
                ctx.Error(Pointer.Append(at, "until"), "schedule.range", $"结束日期 {u} 早于开始日期 {f}", $"The end date {u} is before the start date {f}");
            }

            var actions = ActionBinder.Bind(ctx, wire.Actions, Pointer.Append(at, "actions"), null);
            if (timer is not null)
            {
                result[id] = new Schedule(id, BindingContext.TextOf(wire.Title), timer, zone, from, until, actions);
            }
        }

        return result.ToFrozenDictionary();
    }
}
