using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>Fires once, at 00:00 of a local date.</summary>
public sealed record DateTimer(LocalDate Date) : ScheduleTimer
{
    public override LocalDateTime? NextAfter(LocalDateTime after) => Date.AtMidnight() > after ? Date.AtMidnight() : null;
}
