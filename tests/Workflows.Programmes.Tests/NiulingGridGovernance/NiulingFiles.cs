using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.NiulingGridGovernance;

/// <summary>The Niuling programme, its Shuangyu overlay and its organisation fixture, read once.</summary>
internal static class NiulingFiles
{
    public const string Folder = "niuling-grid-governance";

    private static readonly Lazy<SeedProgramme> Base = new(() => SeedProgramme.Load(Folder));
    private static readonly Lazy<Programme> Adopted = new(() => Base.Value.Adopt("overlays/shuangyu-2026.overlay.json"));

    public static SeedProgramme Seed => Base.Value;

    public static Programme Shuangyu => Adopted.Value;

    public static JsonObject Org => Seed.Org;

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>A number a rule returned, whichever CLR type the sandbox gave it.</summary>
    public static double Num(JsonNode? node) => SeedProgramme.Number(node);

    public static List<JsonObject> UnitsOfType(string type) => Seed.UnitsOfType(type).ToList();

    /// <summary>The users holding <paramref name="role"/> in <paramref name="unit"/>.</summary>
    public static List<string> Holders(string unit, string role) => Seed.HoldersOf(unit, role).ToList();

    public static string NameOf(string userId) =>
        (string)Org["users"]!.AsArray().Single(u => (string?)u!["id"] == userId)!["name"]!;
}
