using System.Text.Json.Nodes;
using Workflows.Model.Adoption;
using Workflows.Model.Reading;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests;

/// <summary>What <c>workflows validate programmes/*/programme.json</c> promises: every seed programme, and every overlay as the effective programme it makes.</summary>
public class AllProgrammesTests
{
    private static readonly ProgrammeReader Reader = new();

    public static TheoryData<string> Folders()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(SeedProgramme.Root, "programmes")).Order(StringComparer.Ordinal))
        {
            if (File.Exists(Path.Combine(dir, "programme.json")))
            {
                data.Add(Path.GetFileName(dir));
            }
        }

        return data;
    }

    [Fact]
    public void Programmes_AllSevenSeedPlansAndTemplates_ArePresent()
    {
        Assert.Equal(7, Folders().Count);
    }

    [Theory]
    [MemberData(nameof(Folders))]
    public void Programme_AndEveryOverlay_Validate(string folder)
    {
        var basePath = Path.Combine(SeedProgramme.Root, "programmes", folder, "programme.json");
        var baseJson = JsonNode.Parse(File.ReadAllText(basePath))!.AsObject();
        var read = Reader.Read(baseJson);
        Assert.True(read.IsValid, string.Join("\n", read.Diagnostics));
        Assert.True(File.Exists(Path.Combine(SeedProgramme.Root, "programmes", folder, "org.json")), $"{folder} has no org.json");
        Assert.True(File.Exists(Path.Combine(SeedProgramme.Root, "programmes", folder, "README.md")), $"{folder} has no README.md");
        var overlays = Directory.GetFiles(Path.Combine(SeedProgramme.Root, "programmes", folder, "overlays"), "*.overlay.json");
        Assert.NotEmpty(overlays);
        foreach (var overlay in overlays)
        {
            var result = new ProgrammeAdopter(Reader).Compute(
                new OverlayDocument(basePath, baseJson),
                [new OverlayDocument(overlay, JsonNode.Parse(File.ReadAllText(overlay))!.AsObject())],
                new Dictionary<string, JsonNode?>());
            Assert.True(result.IsValid, overlay + ":\n" + string.Join("\n", result.Diagnostics));
        }
    }
}
