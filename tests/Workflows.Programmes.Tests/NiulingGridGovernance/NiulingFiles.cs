using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Model.Adoption;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Programmes.Tests.Support;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.NiulingGridGovernance;

/// <summary>The Niuling programme, its Shuangyu overlay and its organisation fixture, read once.</summary>
internal static class NiulingFiles
{
    public const string Folder = "niuling-grid-governance";

    private static readonly Lazy<SeedProgramme> Base = new(() => SeedProgramme.Load(Folder));
    private static readonly Lazy<Programme> ShuangyuProgramme = new(ReadShuangyu);
    private static readonly Lazy<JsonObject> Organisation = new(() => JsonNode.Parse(File.ReadAllText(Seed.PathOf("org.json")))!.AsObject());

    public static SeedProgramme Seed => Base.Value;

    public static Programme Shuangyu => ShuangyuProgramme.Value;

    public static JsonObject Org => Organisation.Value;

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>A number a rule returned, whichever CLR type the sandbox gave it.</summary>
    public static double Num(JsonNode? node) => double.Parse(node!.ToJsonString(), CultureInfo.InvariantCulture);

    public static List<JsonObject> UnitsOfType(string type) =>
        Org["units"]!.AsArray().Select(u => u!.AsObject()).Where(u => (string?)u["type"] == type).ToList();

    /// <summary>The users holding <paramref name="role"/> in <paramref name="unit"/>.</summary>
    public static List<string> Holders(string unit, string role) =>
        Org["users"]!.AsArray()
            .Where(u => u!["roles"]!.AsArray().Any(r => (string?)r!["unit"] == unit && (string?)r["role"] == role))
            .Select(u => (string)u!["id"]!)
            .ToList();

    public static string NameOf(string userId) =>
        (string)Org["users"]!.AsArray().Single(u => (string?)u!["id"] == userId)!["name"]!;

    private static Programme ReadShuangyu()
    {
        var adopter = new ProgrammeAdopter(new ProgrammeReader(new RuleSandbox()));
        var baseDoc = new OverlayDocument("programme.json", Parse(File.ReadAllText(Seed.PathOf("programme.json"))));
        var overlay = new OverlayDocument("shuangyu-2026.overlay.json", Parse(File.ReadAllText(Seed.PathOf("overlays/shuangyu-2026.overlay.json"))));
        var result = adopter.Compute(baseDoc, [overlay], new Dictionary<string, JsonNode?>());
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Programme!;
    }
}
