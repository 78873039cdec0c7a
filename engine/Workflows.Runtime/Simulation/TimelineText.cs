using System.Globalization;
using System.Text;

namespace Workflows.Runtime.Simulation;

/// <summary>A plain-text report of a timeline for terminals and logs: phases, then one line per month, then final metrics.</summary>
public static class TimelineText
{
    public static string Write(SimulationTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"{timeline.Title.Zh} ({timeline.ProgrammeId}@{timeline.ProgrammeVersion}) · {timeline.Scope} · {timeline.Start} → {timeline.End} · seed {timeline.Seed} · {timeline.Status}").Append('\n');
        text.Append("Phases:\n");
        foreach (var p in timeline.Phases)
        {
            text.Append(c, $"  {p.Phase,-20} {p.Entered ?? "-",-10} → {p.Exited ?? "-"}  {p.Title.Zh}").Append('\n');
        }

        text.Append("Months:  created            due  sub  rej  appr  ret  rlate  done  late  esc  state\n");
        foreach (var m in timeline.Months)
        {
            var created = m.TasksCreated.Count == 0 ? "-" : string.Join(' ', m.TasksCreated.Select(kv => $"{kv.Key}:{kv.Value}"));
            text.Append(c, $"  {m.Month} {created,-18} {m.Due,4} {m.Submitted,4} {m.Rejected,4} {m.Approved,5} {m.Returned,4} {m.ReviewsOverdue,6} {m.Completed,5} {m.Overdue,5} {m.Escalated,4} {m.StateChanges,6}").Append('\n');
        }

        text.Append("Final metrics:\n");
        foreach (var (id, point) in timeline.FinalMetrics)
        {
            var value = point.Value is { } v ? v.ToString("0.###", c) : "n/a";
            text.Append(c, $"  {id,-28} {value,8}  {(point.Met ? "met" : "not met")}, {(point.OnTrack ? "on track" : "off track")}").Append('\n');
        }

        if (timeline.RuleFailures.Count > 0)
        {
            text.Append("Rule failures: ").Append(string.Join(", ", timeline.RuleFailures.Select(kv => $"{kv.Key} ×{kv.Value}"))).Append('\n');
        }

        return text.ToString();
    }
}
