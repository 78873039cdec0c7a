using System.Globalization;
using System.Text;

namespace Workflows.Runtime.Simulation;

/// <summary>One row per month: counts, tasks created per unit type, and each metric's value; for spreadsheets.</summary>
public static class TimelineCsv
{
    public static string Write(SimulationTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var types = timeline.Months.SelectMany(m => m.TasksCreated.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var metrics = timeline.Months.SelectMany(m => m.Metrics.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var csv = new StringBuilder();
        var header = new List<string> { "month" };
        header.AddRange(types.Select(t => "created_" + t));
        header.AddRange(["due", "submitted", "rejected", "approved", "returned", "reviews_overdue", "completed", "overdue", "escalated", "state_changes"]);
        header.AddRange(metrics.Select(m => "metric_" + m));
        csv.Append(string.Join(',', header)).Append('\n');
        foreach (var m in timeline.Months)
        {
            var row = new List<string> { m.Month };
            row.AddRange(types.Select(t => Int(m.TasksCreated.GetValueOrDefault(t))));
            row.AddRange([Int(m.Due), Int(m.Submitted), Int(m.Rejected), Int(m.Approved), Int(m.Returned), Int(m.ReviewsOverdue), Int(m.Completed), Int(m.Overdue), Int(m.Escalated), Int(m.StateChanges)]);
            row.AddRange(metrics.Select(id => m.Metrics.GetValueOrDefault(id)?.Value is { } v ? v.ToString("0.######", CultureInfo.InvariantCulture) : ""));
            csv.Append(string.Join(',', row)).Append('\n');
        }

        return csv.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
