using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Model.Validation;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.Support;

/// <summary>Loads a seed programme from <c>programmes/</c> and runs its rules and forms the way the engine does.</summary>
public sealed class SeedProgramme
{
    private static readonly RuleSandbox Sandbox = new();

    private SeedProgramme(string folder, Programme programme)
    {
        Folder = folder;
        Programme = programme;
    }

    public string Folder { get; }

    public Programme Programme { get; }

    public static string Root { get; } = FindRoot();

    /// <summary>Reads <c>programmes/{folder}/programme.json</c>; fails the test with every diagnostic when invalid.</summary>
    public static SeedProgramme Load(string folder)
    {
        var path = Path.Combine(Root, "programmes", folder, "programme.json");
        var result = new ProgrammeReader(Sandbox).Read(File.ReadAllText(path));
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return new SeedProgramme(folder, result.Programme!);
    }

    /// <summary>Runs a rule on an input whose <c>params</c> are merged over the programme's effective parameters.</summary>
    public JsonNode? Eval(string rule, JsonObject input)
    {
        var outcome = Sandbox.Evaluate(Programme.Rules[rule].Compiled, RuleInput.ForTest(input, Programme.ParameterValues));
        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        return outcome.Value;
    }

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
