using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.FiveSocialLinkage;

/// <summary>The five-social linkage template, its organisation directory and its city adoption, read as the engine reads them.</summary>
internal static class FiveSocialFiles
{
    public const string Folder = "five-social-linkage";

    private static readonly Lazy<SeedProgramme> Seed = new(() => SeedProgramme.Load(Folder));

    public static JsonArray Units() => Seed.Value.Units;

    public static JsonArray Users() => Seed.Value.Users;

    public static JsonObject Json(string relative) => SeedProgramme.ReadJson(Folder, relative);

    /// <summary>The effective programme of the overlay; fails the test with every diagnostic when invalid.</summary>
    public static Programme City() => Seed.Value.Adopt("overlays/half-yearly-city.overlay.json");

    public static JsonNode? Eval(Programme programme, string rule, JsonObject input) => SeedProgramme.Evaluate(programme, rule, input);

    public static double Number(JsonNode? node) => SeedProgramme.Number(node);
}
