using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;

namespace Workflows.Benchmarks.Fixtures;

/// <summary>
/// Programmes generated in code (JSON text, then the real <see cref="ProgrammeReader"/>): a city → street → community
/// organisation whose community directors fill a report that the street reviews once.
/// </summary>
public static class GeneratedProgramme
{
    /// <summary><paramref name="phases"/> parallel phases (none has an entry criterion, so starting enters them all) of <paramref name="templatesPerPhase"/> community task templates each.</summary>
    public static Programme FanOut(int phases, int templatesPerPhase)
    {
        var phaseNodes = new JsonObject();
        var tasks = new JsonObject();
        for (var p = 1; p <= phases; p++)
        {
            var phaseId = "phase" + p.ToString(CultureInfo.InvariantCulture);
            phaseNodes[phaseId] = new JsonObject { ["title"] = Text("第" + p.ToString(CultureInfo.InvariantCulture) + "阶段", "Phase " + p.ToString(CultureInfo.InvariantCulture)) };
            for (var t = 1; t <= templatesPerPhase; t++)
            {
                var id = string.Concat(phaseId, "task", t.ToString(CultureInfo.InvariantCulture));
                tasks[id] = Template(id, phaseId);
            }
        }

        return Read(Document("bench-fanout", phaseNodes, tasks));
    }

    /// <summary>One phase entered at start with one community report task reviewed by the street.</summary>
    public static Programme SingleReport()
    {
        var phases = new JsonObject { ["work"] = new JsonObject { ["title"] = Text("工作阶段", "Work") } };
        var tasks = new JsonObject { ["report"] = Template("report", "work") };
        return Read(Document("bench-report", phases, tasks));
    }

    /// <summary>Valid data for the generated report form.</summary>
    public static JsonObject ReportData() => new() { ["summary"] = "召开居民议事会 3 次，走访 120 户", ["households"] = 120 };

    public static Programme Read(string json)
    {
        var result = new ProgrammeReader().Read(json);
        return result.Programme ?? throw new InvalidOperationException("Generated programme is invalid: " + string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
    }

    private static string Document(string id, JsonObject phases, JsonObject tasks)
    {
        var document = new JsonObject
        {
            ["language"] = ProgrammeReader.Language,
            ["id"] = id,
            ["version"] = "1.0.0",
            ["title"] = Text("基准测试方案", "Benchmark programme"),
            ["timeZone"] = "Asia/Shanghai",
            ["unitTypes"] = new JsonObject
            {
                ["city"] = new JsonObject { ["label"] = Text("市", "City"), ["parents"] = new JsonArray(), ["roles"] = new JsonObject() },
                ["street"] = new JsonObject
                {
                    ["label"] = Text("街道", "Street"),
                    ["parents"] = new JsonArray("city"),
                    ["roles"] = new JsonObject { ["reviewer"] = new JsonObject { ["label"] = Text("街道审核人", "Street reviewer") } },
                },
                ["community"] = new JsonObject
                {
                    ["label"] = Text("社区", "Community"),
                    ["parents"] = new JsonArray("street"),
                    ["roles"] = new JsonObject { ["director"] = new JsonObject { ["label"] = Text("社区主任", "Director") } },
                },
            },
            ["forms"] = new JsonObject
            {
                ["report"] = new JsonObject
                {
                    ["title"] = Text("工作报告", "Report"),
                    ["schema"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("summary"),
                        ["properties"] = new JsonObject
                        {
                            ["summary"] = new JsonObject { ["type"] = "string", ["minLength"] = 2 },
                            ["households"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                        },
                    },
                },
            },
            ["phases"] = phases,
            ["tasks"] = tasks,
        };
        return document.ToJsonString();
    }

    private static JsonObject Template(string id, string phase) => new()
    {
        ["title"] = Text("任务 " + id, "Task " + id),
        ["phase"] = phase,
        ["assignee"] = new JsonObject { ["unitType"] = "community", ["role"] = "director" },
        ["responsible"] = new JsonArray(new JsonObject { ["unitType"] = "street" }),
        ["form"] = "report",
        ["due"] = new JsonObject { ["within"] = "P30D" },
        ["review"] = new JsonArray(new JsonObject
        {
            ["id"] = "street",
            ["title"] = Text("街道审核", "Street review"),
            ["unitType"] = "street",
            ["role"] = "reviewer",
        }),
    };

    private static JsonObject Text(string zh, string en) => new() { ["zh"] = zh, ["en"] = en };
}
