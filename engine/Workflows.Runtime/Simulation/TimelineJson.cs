using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Runtime.Simulation;

/// <summary>Writes a <see cref="SimulationTimeline"/> as the JSON shape documented in README.md; members in a fixed order, so equal timelines are equal text.</summary>
public static class TimelineJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(SimulationTimeline timeline) => ToNode(timeline).ToJsonString(Indented);

    public static JsonObject ToNode(SimulationTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var phases = new JsonArray();
        foreach (var p in timeline.Phases)
        {
            phases.Add(new JsonObject
            {
                ["phase"] = p.Phase,
                ["title"] = new JsonObject { ["zh"] = p.Title.Zh, ["en"] = p.Title.En },
                ["entered"] = p.Entered,
                ["exited"] = p.Exited,
            });
        }

        var months = new JsonArray();
        foreach (var m in timeline.Months)
        {
            var created = new JsonObject();
            foreach (var (type, count) in m.TasksCreated)
            {
                created[type] = count;
            }

            months.Add(new JsonObject
            {
                ["month"] = m.Month,
                ["tasksCreated"] = created,
                ["due"] = m.Due,
                ["submitted"] = m.Submitted,
                ["rejected"] = m.Rejected,
                ["reviews"] = new JsonObject { ["approved"] = m.Approved, ["returned"] = m.Returned },
                ["reviewsOverdue"] = m.ReviewsOverdue,
                ["completed"] = m.Completed,
                ["overdue"] = m.Overdue,
                ["escalated"] = m.Escalated,
                ["stateChanges"] = m.StateChanges,
                ["metrics"] = Metrics(m.Metrics),
            });
        }

        var changes = new JsonArray();
        foreach (var c in timeline.StateChanges)
        {
            changes.Add(new JsonObject { ["at"] = c.At, ["unit"] = c.Unit, ["before"] = JsonNode.Parse(c.Before), ["after"] = JsonNode.Parse(c.After) });
        }

        var failures = new JsonObject();
        foreach (var (rule, count) in timeline.RuleFailures)
        {
            failures[rule] = count;
        }

        return new JsonObject
        {
            ["programme"] = new JsonObject
            {
                ["id"] = timeline.ProgrammeId,
                ["version"] = timeline.ProgrammeVersion,
                ["title"] = new JsonObject { ["zh"] = timeline.Title.Zh, ["en"] = timeline.Title.En },
            },
            ["scope"] = timeline.Scope,
            ["start"] = timeline.Start,
            ["end"] = timeline.End,
            ["seed"] = timeline.Seed,
            ["status"] = timeline.Status,
            ["completedAt"] = timeline.CompletedAt,
            ["phases"] = phases,
            ["months"] = months,
            ["stateChanges"] = changes,
            ["stateChangesTruncated"] = timeline.StateChangesTruncated,
            ["ruleFailures"] = failures,
            ["finalMetrics"] = Metrics(timeline.FinalMetrics),
        };
    }

    private static JsonObject Metrics(SortedDictionary<string, MetricPoint> metrics)
    {
        var result = new JsonObject();
        foreach (var (id, point) in metrics)
        {
            result[id] = new JsonObject
            {
                ["value"] = point.Value is { } v ? Math.Round(v, 6) : null,
                ["met"] = point.Met,
                ["onTrack"] = point.OnTrack,
            };
        }

        return result;
    }
}
