namespace Workflows.Benchmarks.Fixtures;

/// <summary>A clock that stays where it is set: the runtime reads time only through <see cref="TimeProvider"/>.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
