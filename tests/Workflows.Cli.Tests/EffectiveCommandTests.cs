using System.Text.Json.Nodes;

namespace Workflows.Cli.Tests;

public class EffectiveCommandTests
{
    private static readonly string Programme = CliRun.Data("facility.programme.json");
    private static readonly string Overlay = CliRun.Data("city.overlay.json");

    [Fact]
    public void Effective_WithOverlay_AppliesParametersPatchAndLineage()
    {
        var run = CliRun.Of("effective", Programme, "--overlay", Overlay);
        Assert.True(run.ExitCode == 0, run.Error);
        var doc = JsonNode.Parse(run.Out)!;
        Assert.Equal("facility-check-kaili", doc["id"]!.GetValue<string>());
        Assert.Equal(600, doc["parameters"]!["minRoomArea"]!["default"]!.GetValue<double>());
        Assert.Equal("P45D", doc["tasks"]!["report"]!["due"]!["within"]!.GetValue<string>());
        Assert.Equal("facility-check-kaili", doc["adoptions"]![0]!["id"]!.GetValue<string>());
        // What the patch did not name is kept.
        Assert.Equal("facility", doc["tasks"]!["report"]!["form"]!.GetValue<string>());
    }

    [Fact]
    public void Effective_SetAfterOverlay_WinsAndIsTyped()
    {
        var run = CliRun.Of("effective", Programme, "--overlay", Overlay, "--set", "minRoomArea=700", "--set", "targetYear=2027");
        Assert.True(run.ExitCode == 0, run.Error);
        var doc = JsonNode.Parse(run.Out)!;
        Assert.Equal(700, doc["parameters"]!["minRoomArea"]!["default"]!.GetValue<double>());
        Assert.Equal(2027, doc["parameters"]!["targetYear"]!["default"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("minRoomArea=lots", "override.type")]
    [InlineData("minResidentShare=1.5", "override.maximum")]
    [InlineData("launchDate=2025-02-30", "override.type")]
    [InlineData("nosuch=1", "override.unknown")]
    public void Effective_BadSet_ExitsOneNamingTheParameter(string set, string code)
    {
        var run = CliRun.Of("effective", Programme, "--set", set);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--set:/" + set[..set.IndexOf('=', StringComparison.Ordinal)] + ": " + code, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Effective_OverlayForAnotherProgramme_ExitsOne()
    {
        var path = CliRun.WriteTemp(File.ReadAllText(Overlay).Replace("\"base\": \"facility-check\"", "\"base\": \"other\"", StringComparison.Ordinal));
        var run = CliRun.Of("effective", Programme, "--overlay", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("overlay.base", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Effective_PatchThatBreaksAReference_IsReportedInTheEffectiveProgramme()
    {
        var path = CliRun.WriteTemp(File.ReadAllText(Overlay).Replace("\"within\": \"P45D\"", "\"within\": \"45 days\"", StringComparison.Ordinal));
        var run = CliRun.Of("effective", Programme, "--overlay", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/tasks/report/due/within", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Effective_BadSetSyntax_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("effective", Programme, "--set", "novalue").ExitCode);
    }
}
