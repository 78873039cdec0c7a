using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Workflows.Runtime.Execution;

/// <summary>Conversions between instants, stored offsets and the local dates of a programme's zone.</summary>
internal static class ZonedTime
{
    private static readonly OffsetDateTimePattern IsoWithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>An instant as rules see it: ISO 8601 with the zone's offset (<c>2014-06-01T00:00:00+08:00</c>).</summary>
    public static string Iso(Instant instant, DateTimeZone zone) => IsoWithOffset.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string Iso(DateTimeOffset at, DateTimeZone zone) => Iso(Instant.FromDateTimeOffset(at), zone);

    /// <summary>Every DateRef — phase, schedule and due dates alike — takes effect at 00:00 of its local date (ADR 0001).</summary>
    public static Instant StartOf(LocalDate date, DateTimeZone zone) => date.AtStartOfDayInZone(zone).ToInstant();

    /// <summary>Adds a calendar period in local time, so P1M from 31 Jan is the end of February and days are local days.</summary>
    public static Instant Plus(Instant instant, Period period, DateTimeZone zone) =>
        instant.InZone(zone).LocalDateTime.Plus(period).InZoneLeniently(zone).ToInstant();

    public static LocalDate DateOf(Instant instant, DateTimeZone zone) => instant.InZone(zone).Date;

    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var result = IsoDate.Parse(text.Length > 10 ? text[..10] : text);
        if (!result.Success)
        {
            return false;
        }

        date = result.Value;
        return true;
    }

    public static string DateText(LocalDate date) => date.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToOffset(Instant instant) => instant.ToDateTimeOffset();

    public static Instant ToInstant(DateTimeOffset at) => Instant.FromDateTimeOffset(at);
}
