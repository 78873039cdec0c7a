using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>The Jiangxi star-rating programme, its organisation, its Ganzhou adoption and submissions to feed its rules.</summary>
internal static class StarRatingData
{
    public const string Folder = "jiangxi-star-rating";

    /// <summary>The thresholds the tests rely on, pinned so that an adoption changing the defaults does not change the meaning of a test.</summary>
    public static readonly JsonObject DefaultThresholds = new()
    {
        ["minDimensionScore"] = 60,
        ["threeStarMinScore"] = 70,
        ["fourStarMinScore"] = 80,
        ["fiveStarMinScore"] = 90,
        ["minFunctionAreas"] = 4,
        ["minFullTimeGridWorkers"] = 1,
    };

    private static readonly Lazy<SeedProgramme> Loaded = new(() => SeedProgramme.Load(Folder));

    public static SeedProgramme Seed => Loaded.Value;

    public static JsonArray Units => Seed.Units;

    public static JsonArray Users => Seed.Users;

    public static IEnumerable<JsonObject> UnitsOfType(string type) => Seed.UnitsOfType(type);

    public static IEnumerable<string> HoldersOf(string unitId, string role) => Seed.HoldersOf(unitId, role);

    /// <summary>The nearest ancestor (or the unit itself) of <paramref name="type"/>.</summary>
    public static JsonObject? AncestorOfType(JsonObject unit, string type)
    {
        var byId = Units.Select(u => u!.AsObject()).ToDictionary(u => (string)u["id"]!);
        for (JsonObject? at = unit; at is not null; at = at["parent"] is { } p ? byId[(string)p!] : null)
        {
            if ((string?)at["type"] == type)
            {
                return at;
            }
        }

        return null;
    }

    /// <summary>The programme as the Ganzhou overlay adopts it.</summary>
    public static Programme Ganzhou() => Seed.Adopt(Path.Combine("overlays", "ganzhou.overlay.json"));

    /// <summary>Runs a rule of any programme (e.g. an effective one) on its effective parameters, as the engine does.</summary>
    public static JsonNode? Eval(Programme programme, string rule, JsonObject input) => SeedProgramme.Evaluate(programme, rule, input);

    public static JsonObject WithDefaults(JsonObject input)
    {
        input["params"] = DefaultThresholds.DeepClone();
        return input;
    }

    public static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";

    public static double Number(JsonNode? node) => double.Parse(Text(node), CultureInfo.InvariantCulture);

    /// <summary>A complete rating application: the six dimension scores (organisation … selfGovernance) with evidence.</summary>
    public static JsonObject Assessment(
        double[] scores,
        int applied = 3,
        int functionAreas = 4,
        int[]? fullTimeWorkersPerGrid = null,
        int plaques = 3,
        bool highlights = true)
    {
        Assert.Equal(6, scores.Length);
        string[] areaKinds = ["government", "partyActivities", "elderlyChildCare", "consultation", "cultureSports", "counselling", "socialWork", "policing", "fireStation", "emergencyRescue"];
        string[] plaqueKinds = ["partyOrganisation", "residentsCommittee", "supervisionCommittee"];
        var grids = new JsonArray();
        var perGrid = fullTimeWorkersPerGrid ?? [1, 2, 1];
        for (var i = 0; i < perGrid.Length; i++)
        {
            grids.Add(new JsonObject { ["grid"] = $"第{i + 1}网格", ["fullTimeGridWorkers"] = perGrid[i] });
        }

        var form = new JsonObject
        {
            ["ratingYear"] = 2023,
            ["appliedStar"] = applied,
            ["organisation"] = new JsonObject
            {
                ["score"] = scores[0],
                ["secretaryIsDirector"] = true,
                ["crossAppointed"] = true,
                ["selfGovernanceFiled"] = true,
                ["gridTiers"] = true,
                ["accessListImplemented"] = true,
                ["evidence"] = new JsonArray("党组织书记任职文件.pdf"),
            },
            ["platform"] = new JsonObject
            {
                ["score"] = scores[1],
                ["serviceCentre"] = new JsonObject { ["exists"] = true, ["name"] = "百花洲社区党群服务中心", ["area"] = 650 },
                ["plaques"] = new JsonArray(plaqueKinds.Take(plaques).Select(k => (JsonNode?)k).ToArray()),
                ["servicePlatforms"] = new JsonArray("convenienceStation", "governanceCentre", "civilisationStation"),
                ["functionAreas"] = new JsonArray(areaKinds.Take(functionAreas).Select(k => (JsonNode?)new JsonObject { ["kind"] = k, ["area"] = 40 }).ToArray()),
                ["evidence"] = new JsonArray("服务中心平面图.pdf"),
            },
            ["talent"] = new JsonObject
            {
                ["score"] = scores[2],
                ["communityWorkers"] = 12,
                ["grids"] = grids,
                ["evidence"] = new JsonArray("社区工作者花名册.xlsx"),
            },
            ["services"] = new JsonObject
            {
                ["score"] = scores[3],
                ["channels"] = new JsonArray("counter", "online"),
                ["evidence"] = new JsonArray("服务事项清单.pdf"),
            },
            ["mechanisms"] = new JsonObject
            {
                ["score"] = scores[4],
                ["fiveSocialLinkage"] = true,
                ["threeLists"] = true,
                ["evidence"] = new JsonArray("三项清单.xlsx"),
            },
            ["selfGovernance"] = new JsonObject
            {
                ["score"] = scores[5],
                ["consultationsHeld"] = 8,
                ["evidence"] = new JsonArray("协商议事记录.pdf"),
            },
            ["declaration"] = true,
        };
        if (highlights)
        {
            form["highlights"] = "建成“15分钟生活圈”，圆桌会议协商解决老旧小区加装电梯等民生事项。";
        }

        return form;
    }

    public static double[] All(double score) => [score, score, score, score, score, score];

    public static JsonObject Community(string id, int starLevel, string? ratedOn = null, string kind = "urban", int batch = 1)
    {
        var state = new JsonObject { ["starLevel"] = starLevel };
        if (ratedOn is not null)
        {
            state["ratedOn"] = ratedOn;
        }

        return new JsonObject
        {
            ["id"] = id,
            ["type"] = "community",
            ["attributes"] = new JsonObject { ["kind"] = kind, ["batch"] = batch },
            ["state"] = state,
        };
    }
}
