using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>When a schedule fires, in local time of its zone; the schedule maps to and from instants.</summary>
public abstract record ScheduleTimer
{
    /// <summary>The first fire strictly after <paramref name="after"/>, or null when there is none.</summary>
    public abstract LocalDateTime? NextAfter(LocalDateTime after);
}
