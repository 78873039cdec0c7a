using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Model.Validation;

/// <summary>Parses each schedule's timer (date, cron or ISO 8601 repeating interval), zone and bounds.</summary>
internal static class ScheduleBinder
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
            else if (wire.Interval is JsonObject every)
            {
                timer = BindEvery(ctx, every, Pointer.Append(at, "interval"));
            }
            else if (wire.Interval is JsonValue intervalText && intervalText.GetValueKind() == JsonValueKind.String)
            {
                if (Iso.TryParseInterval(intervalText.GetValue<string>(), out var start, out var period, out var count))
                {
                    timer = new IntervalTimer(start, period, count);
                }
                else
                {
                    ctx.Error(Pointer.Append(at, "interval"), "schedule.interval", $"“{intervalText}”不是 ISO 8601 重复区间（如 R/2015-01-01/P1Y 或 R4/2014-06-01/P3M）", $"'{intervalText}' is not an ISO 8601 repeating interval (e.g. R/2015-01-01/P1Y or R4/2014-06-01/P3M)");
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

    /// <summary>The object form of an interval, whose parts may be parameters: <c>{"start": DateRef, "every": DurationRef, "count": n}</c>.</summary>
    private static IntervalTimer? BindEvery(BindingContext ctx, JsonObject every, string pointer)
    {
        var start = ctx.ResolveDate(every["start"], Pointer.Append(pointer, "start"));
        var period = ctx.ResolvePeriod(every["every"], Pointer.Append(pointer, "every"));
        int? count = every["count"] is JsonValue c && c.TryGetValue<int>(out var n) ? n : null;
        if (period is { } p && !IsPositive(p))
        {
            ctx.Error(Pointer.Append(pointer, "every"), "schedule.interval", "重复周期必须为正的时长", "The repeating period must be a positive duration");
            return null;
        }

        return start is { } s && period is { } q ? new IntervalTimer(s.AtMidnight(), q, count) : null;
    }

    private static bool IsPositive(Period p) =>
        p != Period.Zero && p.Years >= 0 && p.Months >= 0 && p.Weeks >= 0 && p.Days >= 0 && p.Hours >= 0 && p.Minutes >= 0 && p.Seconds >= 0;
}
