using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>The Changchun programme, its Jilin overlay and its organisation fixture, read once.</summary>
internal static class ChangchunFiles
{
    public const string Folder = "changchun-happy-community";

    private static readonly Lazy<SeedProgramme> Base = new(() => SeedProgramme.Load(Folder));
    private static readonly Lazy<Programme> Adopted = new(() => Base.Value.Adopt("overlays/jilin-2026.overlay.json"));

    public static SeedProgramme Seed => Base.Value;

    public static Programme Jilin => Adopted.Value;

    public static JsonObject Org => Seed.Org;

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    /// <summary>A number a rule returned, whichever CLR type the sandbox gave it.</summary>
    public static double Num(JsonNode? node) => SeedProgramme.Number(node);

    /// <summary>The ids of the org.json units of a type.</summary>
    public static List<string> UnitsOfType(string type) => Seed.UnitsOfType(type).Select(u => (string)u["id"]!).ToList();

    /// <summary>The users holding <paramref name="role"/> in <paramref name="unit"/>.</summary>
    public static List<string> Holders(string unit, string role) => Seed.HoldersOf(unit, role).ToList();
}
