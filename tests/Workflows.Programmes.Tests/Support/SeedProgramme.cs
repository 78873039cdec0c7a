using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Model.Adoption;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Model.Validation;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.Support;

/// <summary>Loads a seed programme from <c>programmes/</c> and runs its rules and forms the way the engine does.</summary>
public sealed class SeedProgramme
{
    private static readonly RuleSandbox Sandbox = new();

    private readonly Lazy<JsonObject> _org;

    private SeedProgramme(string folder, Programme programme)
    {
        Folder = folder;
        Programme = programme;
        _org = new Lazy<JsonObject>(() => ReadJson(folder, "org.json"));
    }

    public string Folder { get; }

    public Programme Programme { get; }

    public static string Root { get; } = FindRoot();

    /// <summary>The programme's <c>org.json</c> as written.</summary>
    public JsonObject Org => _org.Value;

    public JsonArray Units => Org["units"]!.AsArray();

    public JsonArray Users => Org["users"]!.AsArray();

    /// <summary>Reads <c>programmes/{folder}/programme.json</c>; fails the test with every diagnostic when invalid.</summary>
    public static SeedProgramme Load(string folder)
    {
        var path = Path.Combine(Root, "programmes", folder, "programme.json");
        var result = new ProgrammeReader(Sandbox).Read(File.ReadAllText(path));
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return new SeedProgramme(folder, result.Programme!);
    }

    /// <summary>Runs a rule on an input whose <c>params</c> are merged over the programme's effective parameters.</summary>
    public JsonNode? Eval(string rule, JsonObject input) => Evaluate(Programme, rule, input);

    /// <summary>Runs a rule of any programme (an effective one, say) on its effective parameters, as the engine does.</summary>
    public static JsonNode? Evaluate(Programme programme, string rule, JsonObject input)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var outcome = Sandbox.Evaluate(programme.Rules[rule].Compiled, RuleInput.ForTest(input, programme.ParameterValues));
        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        return outcome.Value;
    }

    /// <summary>A number a rule returned, whichever CLR type backs it.</summary>
    public static double Number(JsonNode? node) => double.Parse(node!.ToJsonString(), CultureInfo.InvariantCulture);

    public static JsonObject ReadJson(string folder, string relative) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "programmes", folder, relative)))!.AsObject();

    /// <summary>The effective programme of one of this programme's overlays; fails the test with every diagnostic when invalid.</summary>
    public Programme Adopt(string overlay)
    {
        var result = new ProgrammeAdopter(new ProgrammeReader(Sandbox)).Compute(
            new OverlayDocument(PathOf("programme.json"), ReadJson(Folder, "programme.json")),
            [new OverlayDocument(PathOf(overlay), ReadJson(Folder, overlay))],
            new Dictionary<string, JsonNode?>());
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Programme!;
    }

    public IEnumerable<JsonObject> UnitsOfType(string type) => Units.Select(u => u!.AsObject()).Where(u => (string?)u["type"] == type);

    /// <summary>The ids of the users holding <paramref name="role"/> in <paramref name="unit"/>.</summary>
    public IEnumerable<string> HoldersOf(string unit, string role) =>
        Users.Select(u => u!.AsObject())
            .Where(u => u["roles"]!.AsArray().Any(r => (string?)r!["unit"] == unit && (string?)r["role"] == role))
            .Select(u => (string)u["id"]!);

    public IReadOnlyList<Workflows.Forms.FieldError> CheckForm(string form, JsonNode data) => Programme.Forms[form].Schema.Validate(data);

    public string PathOf(string relative) => Path.Combine(Root, "programmes", Folder, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    }
}
