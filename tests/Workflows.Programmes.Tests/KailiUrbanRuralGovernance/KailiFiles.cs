using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.KailiUrbanRuralGovernance;

/// <summary>The Kaili programme, its organisation directory and its Duyun adoption, read as the engine reads them.</summary>
internal static class KailiFiles
{
    public const string Folder = "kaili-urban-rural-governance";

    private static readonly Lazy<SeedProgramme> Seed = new(() => SeedProgramme.Load(Folder));

    public static JsonArray Units() => Seed.Value.Units;

    public static JsonArray Users() => Seed.Value.Users;

    public static JsonObject Json(string relative) => SeedProgramme.ReadJson(Folder, relative);

    /// <summary>The effective programme of the overlay; fails the test with every diagnostic when invalid.</summary>
    public static Programme Duyun() => Seed.Value.Adopt("overlays/duyun.overlay.json");

    public static JsonNode? Eval(Programme programme, string rule, JsonObject input) => SeedProgramme.Evaluate(programme, rule, input);

    public static double Number(JsonNode? node) => SeedProgramme.Number(node);

    public static JsonObject Community(bool urban, int population, int households, JsonObject? form = null) => new()
    {
        ["unit"] = new JsonObject
        {
            ["id"] = "c1",
            ["type"] = "community",
            ["attributes"] = new JsonObject { ["urban"] = urban, ["population"] = population, ["households"] = households },
            ["state"] = new JsonObject(),
        },
        ["form"] = form ?? new JsonObject(),
    };
}
