using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>A timer in a time zone, bounded by local dates <see cref="From"/> and <see cref="Until"/> (inclusive).</summary>
public sealed record Schedule(
    string Id,
    Text Title,
    ScheduleTimer Timer,
    DateTimeZone Zone,
    LocalDate? From,
    LocalDate? Until,
    IReadOnlyList<ProgrammeAction> Actions)
{
    /// <summary>The first fire strictly after <paramref name="after"/> within the bounds, or null.</summary>
    public Instant? NextAfter(Instant after)
    {
        var local = after.InZone(Zone).LocalDateTime;
        if (From is { } from && local < from.AtMidnight())
        {
            local = from.AtMidnight().PlusTicks(-1);
        }

        var next = Timer.NextAfter(local);
        if (next is not { } n || (Until is { } until && n.Date > until))
        {
            return null;
        }

        return n.InZoneLeniently(Zone).ToInstant();
    }
}
