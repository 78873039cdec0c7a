using System.Text.Json.Nodes;

namespace Workflows.Cli.Tests;

public class ValidateCommandTests
{
    private static readonly string Programme = CliRun.Data("facility.programme.json");

    [Fact]
    public void Validate_ValidProgramme_ExitsZero()
    {
        var run = CliRun.Of("validate", Programme);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Contains("valid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BrokenProgrammeAsJson_ExitsOneWithPointerCodeAndBothLanguages()
    {
        var broken = File.ReadAllText(Programme).Replace("\"role\": \"director\"", "\"role\": \"secretary\"", StringComparison.Ordinal);
        var path = CliRun.WriteTemp(broken);
        var run = CliRun.Of("validate", path, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(JsonNode.Parse(run.Out)!.AsArray());
        Assert.Equal(path, error!["file"]!.GetValue<string>());
        Assert.Equal("/tasks/report/assignee/role", error["pointer"]!.GetValue<string>());
        Assert.Equal("ref.role", error["code"]!.GetValue<string>());
        Assert.Contains("secretary", error["message_zh"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Unknown role", error["message_en"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralFilesOneBroken_ReportsEachAndExitsOne()
    {
        var path = CliRun.WriteTemp("{\"language\": \"workflows/1\"");
        var run = CliRun.Of("validate", Programme, path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("json.syntax", run.Out, StringComparison.Ordinal);
        Assert.Contains("✓", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFile_ExitsTwo()
    {
        var run = CliRun.Of("validate", "/nonexistent/programme.json");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/nonexistent/programme.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownFormat_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("validate", Programme, "--format", "xml").ExitCode);
    }

    [Fact]
    public void Validate_NoFile_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("validate").ExitCode);
    }

    [Fact]
    public void Validate_OverlayFile_ValidatesTheEffectiveProgrammeWithItsBase()
    {
        var dir = Directory.CreateTempSubdirectory("workflows-overlay").FullName;
        File.Copy(Programme, Path.Combine(dir, "programme.json"));
        var overlay = Path.Combine(dir, "overlays", "bad.overlay.json");
        Directory.CreateDirectory(Path.GetDirectoryName(overlay)!);
        File.WriteAllText(overlay, File.ReadAllText(CliRun.Data("city.overlay.json")).Replace("600", "-5", StringComparison.Ordinal));
        var run = CliRun.Of("validate", overlay, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(JsonNode.Parse(run.Out)!.AsArray());
        Assert.Equal("/parameters/minRoomArea", error!["pointer"]!.GetValue<string>());
        Assert.Equal("override.minimum", error["code"]!.GetValue<string>());
    }
}
