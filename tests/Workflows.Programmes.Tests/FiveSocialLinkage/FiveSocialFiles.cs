using System.Text.Json.Nodes;
using Workflows.Model.Adoption;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Programmes.Tests.Support;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.FiveSocialLinkage;

/// <summary>The five-social linkage template, its organisation directory and its city adoption, read as the engine reads them.</summary>
internal static class FiveSocialFiles
{
    public const string Folder = "five-social-linkage";

    private static readonly RuleSandbox Sandbox = new();

    public static JsonArray Units() => (JsonArray)Json("org.json")["units"]!;

    public static JsonArray Users() => (JsonArray)Json("org.json")["users"]!;

    public static JsonObject Json(string relative) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SeedProgramme.Root, "programmes", Folder, relative)))!.AsObject();

    /// <summary>The effective programme of the city overlay; fails the test with every diagnostic when invalid.</summary>
    public static Programme City()
    {
        var result = new ProgrammeAdopter(new ProgrammeReader(Sandbox)).Compute(
            new OverlayDocument("programme.json", Json("programme.json")),
            [new OverlayDocument("half-yearly-city.overlay.json", Json("overlays/half-yearly-city.overlay.json"))],
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
}
