using System.Collections.Concurrent;
using System.Globalization;
using Jint.Runtime;

namespace Workflows.Scripting.Hosting;

/// <summary>
/// The only clock a rule can read: <c>Date.now()</c> and <c>new Date()</c> return the evaluation's <c>now</c> input, so a
/// rule gives the same answer in a live run, a simulation on a virtual clock and a rule test. The local time zone of
/// <c>Date</c> is the fixed UTC offset written in <c>now</c> (the programme's zone at that instant), never the
/// server's zone.
/// </summary>
internal sealed class RuleClock : ITimeSystem
{
    private static readonly ConcurrentDictionary<TimeSpan, DefaultTimeSystem> Zones = new();

    private string? _source;
    private bool _resolved = true;
    private DateTimeOffset? _now;
    private DefaultTimeSystem _zone = ZoneFor(TimeSpan.Zero);

    public TimeZoneInfo DefaultTimeZone => Resolve().DefaultTimeZone;

    /// <summary>
    /// Sets the instant for the next evaluation from its <c>now</c> input. Parsing waits until the rule touches a date,
    /// which most guards never do; text that is not an ISO 8601 date-time leaves the clock unset.
    /// </summary>
    public void Set(string? now)
    {
        _source = now;
        _resolved = false;
    }

    public void Clear()
    {
        _source = null;
        _resolved = true;
        _now = null;
        _zone = ZoneFor(TimeSpan.Zero);
    }

    /// <exception cref="ClockUnavailableException">The input had no usable <c>now</c>; rules must not fall back to the
    /// server's clock.</exception>
    public DateTimeOffset GetUtcNow()
    {
        Resolve();
        return _now?.ToUniversalTime() ?? throw new ClockUnavailableException();
    }

    public bool TryParse(string date, out long epochMilliseconds) => Resolve().TryParse(date, out epochMilliseconds);

    public TimeSpan GetUtcOffset(long epochMilliseconds) => Resolve().DefaultTimeZone.BaseUtcOffset;

    private DefaultTimeSystem Resolve()
    {
        if (!_resolved)
        {
            _resolved = true;
            if (_source is { } text
                && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            {
                _now = instant;
                _zone = ZoneFor(instant.Offset);
            }
            else
            {
                _now = null;
                _zone = ZoneFor(TimeSpan.Zero);
            }
        }

        return _zone;
    }

    private static DefaultTimeSystem ZoneFor(TimeSpan offset) => Zones.GetOrAdd(offset, static o =>
    {
        var label = "UTC" + (o < TimeSpan.Zero ? "-" : "+") + o.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        var zone = o == TimeSpan.Zero ? TimeZoneInfo.Utc : TimeZoneInfo.CreateCustomTimeZone(label, o, label, label);
        return new DefaultTimeSystem(zone, CultureInfo.InvariantCulture);
    });
}
