using System.Text.Json.Nodes;
using Workflows.Model.Adoption;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Programmes.Tests.Support;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.KailiUrbanRuralGovernance;

/// <summary>The Kaili programme, its organisation directory and its Duyun adoption, read as the engine reads them.</summary>
internal static class KailiFiles
{
    public const string Folder = "kaili-urban-rural-governance";

    private static readonly RuleSandbox Sandbox = new();

    public static JsonArray Units() => (JsonArray)Json("org.json")["units"]!;

    public static JsonArray Users() => (JsonArray)Json("org.json")["users"]!;

    public static JsonObject Json(string relative) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SeedProgramme.Root, "programmes", Folder, relative)))!.AsObject();

    /// <summary>The effective programme of the Duyun overlay; fails the test with every diagnostic when invalid.</summary>
    public static Programme Duyun()
    {
        var result = new ProgrammeAdopter(new ProgrammeReader(Sandbox)).Compute(
            new OverlayDocument("programme.json", Json("programme.json")),
            [new OverlayDocument("duyun.overlay.json", Json("overlays/duyun.overlay.json"))],
            new Dictionary<string, JsonNode?>());
        Assert.True(result.Programme is not null, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        return result.Programme!;
    }

    public static JsonNode? Eval(Programme programme, string rule, JsonObject input)
    {
        var outcome = Sandbox.Evaluate(programme.Rules[rule].Compiled, Workflows.Model.Validation.RuleInput.ForTest(input, programme.ParameterValues));
        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        return outcome.Value;
    }

    /// <summary>A rule's numeric result, whether the sandbox produced an integer or a double.</summary>
    public static double Number(JsonNode? node) => double.Parse(node!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

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
