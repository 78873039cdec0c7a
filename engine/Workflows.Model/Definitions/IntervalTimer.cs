using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>An ISO 8601 repeating interval <c>R[n]/start/period</c>: fires at start, start + period, … (n times when given).</summary>
public sealed record IntervalTimer(LocalDateTime Start, Period Period, int? Count) : ScheduleTimer
{
    // Enough for a fire a minute over a multi-year programme; a guard, not a feature.
    private const int MaxRepetitions = 10_000_000;

    public override LocalDateTime? NextAfter(LocalDateTime after)
    {
        var limit = Count ?? MaxRepetitions;
        for (var i = 0; i < limit; i++)
        {
            // Scale from the start each time so month-end dates do not drift (Jan 31 + 2M is Mar 31, not Mar 28).
            var at = Start.Plus(Scale(Period, i));
            if (at > after)
            {
                return at;
            }
        }

        return null;
    }

    private static Period Scale(Period period, int times) => new PeriodBuilder
    {
        Years = period.Years * times,
        Months = period.Months * times,
        Weeks = period.Weeks * times,
        Days = period.Days * times,
        Hours = period.Hours * times,
        Minutes = period.Minutes * times,
        Seconds = period.Seconds * times,
    }.Build();
}
