using System.Text.Json.Nodes;

namespace Workflows.Model.Wire;

/// <summary>
/// A timer: exactly one of <c>date</c>, <c>cron</c> (5 fields, or 6 with seconds) or <c>interval</c>
/// (ISO 8601 repeating, <c>R/2015-01-01/P1Y</c>, or <c>{"start": DateRef, "every": DurationRef, "count": n}</c>), in <c>timeZone</c> (default the programme's), bounded by
/// <c>from</c>/<c>until</c>; each fire runs its actions and creates the rounds of the tasks that name it.
/// </summary>
public sealed record ScheduleV1
{
    public TextV1? Title { get; init; }
    public JsonNode? Date { get; init; }
    public string? Cron { get; init; }
    public JsonNode? Interval { get; init; }
    public string? TimeZone { get; init; }
    public JsonNode? From { get; init; }
    public JsonNode? Until { get; init; }
    public List<ActionV1>? Actions { get; init; }
}
