namespace Workflows.Runtime.Simulation;

/// <summary>
/// A clock that stands still until told to move: the simulator runs the real runtime on it, so years of a programme
/// take seconds. It only moves forward, because the runtime's history only grows.
/// </summary>
public sealed class VirtualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => _now;

    public void SetTo(DateTimeOffset at)
    {
        if (at < _now)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The virtual clock only moves forward (it reads {_now:O}).");
        }

        _now = at.ToUniversalTime();
    }

    public void Advance(TimeSpan by) => SetTo(_now + by);
}
