using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;
using NodaTime;
using NodaTime.Text;

namespace Workflows.Model.Reading;

/// <summary>Parses the textual forms the language uses: dates, ISO 8601 periods and repeating intervals, cron, time zones.</summary>
public static partial class Iso
{
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        if (text is null || !DateShape().IsMatch(text))
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>ISO 8601 period such as <c>P3Y</c>, <c>P1Y6M</c>, <c>P30D</c>, <c>PT12H</c>; a leading <c>-</c> negates.</summary>
    public static bool TryParsePeriod(string? text, out Period period)
    {
        period = Period.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var negative = text[0] == '-';
        var body = negative ? text[1..] : text;
        if (!PeriodShape().IsMatch(body))
        {
            return false;
        }

        var result = PeriodPattern.NormalizingIso.Parse(body);
        if (!result.Success)
        {
            return false;
        }

        period = negative ? Period.Zero - result.Value : result.Value;
        return true;
    }

    public static bool TryParseLocalDateTime(string text, out LocalDateTime value)
    {
        if (TryParseDate(text, out var date))
        {
            value = date.AtMidnight();
            return true;
        }

        var result = LocalDateTimePattern.ExtendedIso.Parse(text);
        value = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>ISO 8601 repeating interval <c>R[n]/start/period</c>.</summary>
    public static bool TryParseInterval(string? text, out LocalDateTime start, out Period period, out int? count)
    {
        start = default;
        period = Period.Zero;
        count = null;
        var parts = text?.Split('/');
        if (parts is not { Length: 3 } || !parts[0].StartsWith('R'))
        {
            return false;
        }

        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                return false;
            }

            count = n;
        }

        return TryParseLocalDateTime(parts[1], out start)
            && TryParsePeriod(parts[2], out period)
            && parts[2][0] != '-'
            && period != Period.Zero;
    }

    /// <summary>Cron with 5 fields, or 6 with seconds first.</summary>
    public static bool TryParseCron(string? text, out CronExpression? cron, out string? error)
    {
        cron = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty";
            return false;
        }

        var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
        {
            error = $"{fields} fields; expected 5 or 6";
            return false;
        }

        try
        {
            cron = CronExpression.Parse(text, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard);
            return true;
        }
        catch (CronFormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    public static bool TryGetZone(string? id, out DateTimeZone zone)
    {
        zone = DateTimeZone.Utc;
        var found = id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);
        if (found is null)
        {
            return false;
        }

        zone = found;
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")]
    private static partial Regex PeriodShape();
}
