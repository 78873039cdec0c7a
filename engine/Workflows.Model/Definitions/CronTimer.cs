using Cronos;
using NodaTime;
using NodaTime.Extensions;

namespace Workflows.Model.Definitions;

/// <summary>
/// Fires on a cron expression evaluated in local wall time. Cronos works on UTC instants, so local wall time
/// is passed to it as if it were UTC; the schedule then maps the local result to an instant in its zone.
/// </summary>
public sealed record CronTimer(string Expression, CronExpression Cron) : ScheduleTimer
{
    public override LocalDateTime? NextAfter(LocalDateTime after)
    {
        var wall = DateTime.SpecifyKind(after.ToDateTimeUnspecified(), DateTimeKind.Utc);
        var next = Cron.GetNextOccurrence(wall, inclusive: false);
        return next is { } n ? n.ToLocalDateTime() : null;
    }
}
