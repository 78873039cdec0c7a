using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflows.Runtime.Simulation;

/// <summary>
/// Reads a simulation script (see README.md): <c>{"seed", "defaults": {…}, "tasks": {"&lt;template&gt;": {…}}}</c> where each
/// response rule has <c>submit</c> (<c>{"afterDays"}</c>, <c>{"probability"}</c> per day, or <c>{"never": true}</c>),
/// <c>data</c>, <c>dataByUnit</c>, <c>dataByYear</c>, <c>resubmitData</c> and <c>review</c> (<c>{"approve", "afterDays"}</c>). Every problem is reported.
/// </summary>
public static class SimulationScriptReader
{
    public static SimulationScript? Read(string json, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        errors = problems;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            problems.Add($"JSON syntax error: {e.Message}");
            return null;
        }

        if (root is not JsonObject doc)
        {
            problems.Add("A simulation script is a JSON object");
            return null;
        }

        var seed = doc["seed"] is JsonValue s && s.TryGetValue<int>(out var seedValue) ? seedValue : 1;
        var defaults = Rule(doc["defaults"], "/defaults", problems);
        var tasks = new Dictionary<string, ResponseRule>(StringComparer.Ordinal);
        if (doc["tasks"] is JsonObject t)
        {
            foreach (var (template, node) in t)
            {
                tasks[template] = Rule(node, $"/tasks/{template}", problems);
            }
        }

        return problems.Count == 0 ? new SimulationScript(seed, defaults, tasks) : null;
    }

    private static ResponseRule Rule(JsonNode? node, string at, List<string> problems)
    {
        if (node is null)
        {
            return new ResponseRule(null, null, new Dictionary<string, JsonObject>(), null);
        }

        if (node is not JsonObject o)
        {
            problems.Add($"{at}: expected an object");
            return new ResponseRule(null, null, new Dictionary<string, JsonObject>(), null);
        }

        SubmitBehaviour? submit = null;
        if (o["submit"] is JsonObject sub)
        {
            var afterDays = Int(sub["afterDays"]);
            var probability = Double(sub["probability"]);
            var never = sub["never"] is JsonValue n && n.GetValueKind() == JsonValueKind.True;
            if (probability is < 0 or > 1 || afterDays < 0 || (afterDays is null && probability is null && !never))
            {
                problems.Add($"{at}/submit: give afterDays ≥ 0, a probability in [0, 1], or never: true");
            }

            submit = new SubmitBehaviour(afterDays, probability, never);
        }

        ReviewBehaviour? review = null;
        if (o["review"] is JsonObject rev)
        {
            var approve = Double(rev["approve"]) ?? 1.0;
            var afterDays = Int(rev["afterDays"]) ?? ReviewBehaviour.Default.AfterDays;
            if (approve is < 0 or > 1 || afterDays < 0)
            {
                problems.Add($"{at}/review: approve is a probability in [0, 1] and afterDays ≥ 0");
            }

            review = new ReviewBehaviour(approve, afterDays);
        }

        var byUnit = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (o["dataByUnit"] is JsonObject units)
        {
            foreach (var (unit, data) in units)
            {
                if (data is JsonObject d)
                {
                    byUnit[unit] = d;
                }
                else
                {
                    problems.Add($"{at}/dataByUnit/{unit}: expected an object");
                }
            }
        }

        var byYear = new Dictionary<int, JsonObject>();
        if (o["dataByYear"] is JsonObject years)
        {
            foreach (var (key, data) in years)
            {
                if (key.Length != 4 || !int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
                {
                    problems.Add($"{at}/dataByYear/{key}: expected a year such as 2015");
                }
                else if (data is JsonObject d)
                {
                    byYear[year] = d;
                }
                else
                {
                    problems.Add($"{at}/dataByYear/{key}: expected an object");
                }
            }
        }

        if (o["resubmitData"] is { } again && again is not JsonObject)
        {
            problems.Add($"{at}/resubmitData: expected an object");
        }

        return new ResponseRule(submit, o["data"] as JsonObject, byUnit, review) { DataByYear = byYear, ResubmitData = o["resubmitData"] as JsonObject };
    }

    private static int? Int(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var i) ? i : Double(node) is { } d ? (int)d : null;

    private static double? Double(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? Workflows.Model.Validation.JsonNumber.Read(v) : null;
}
