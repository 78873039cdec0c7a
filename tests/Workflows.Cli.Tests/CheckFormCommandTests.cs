using System.Text.Json.Nodes;

namespace Workflows.Cli.Tests;

public class CheckFormCommandTests
{
    private static readonly string Programme = CliRun.Data("facility.programme.json");

    [Fact]
    public void CheckForm_ValidSubmission_PrintsNoErrorsAndExitsZero()
    {
        var run = CliRun.Of("check-form", Programme, "facility", "--input", """{"roomArea":520,"residentShare":0.8}""");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Empty(JsonNode.Parse(run.Out)!.AsArray());
    }

    [Fact]
    public void CheckForm_RentedWithoutLease_ReportsTheIfThenFieldAndExitsOne()
    {
        var run = CliRun.Of("check-form", Programme, "facility", "--input", """{"roomArea":520,"residentShare":0.8,"rented":true}""");
        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(JsonNode.Parse(run.Out)!.AsArray());
        Assert.Equal("/leaseYears", error!["pointer"]!.GetValue<string>());
        Assert.Equal("form.required", error["code"]!.GetValue<string>());
    }

    [Fact]
    public void CheckForm_SeveralProblems_ReportsEveryField()
    {
        var run = CliRun.Of("check-form", Programme, "facility", "--input", """{"roomArea":"big","residentShare":1.5}""");
        Assert.Equal(1, run.ExitCode);
        var pointers = JsonNode.Parse(run.Out)!.AsArray().Select(e => e!["pointer"]!.GetValue<string>()).ToHashSet();
        Assert.Contains("/roomArea", pointers);
        Assert.Contains("/residentShare", pointers);
    }

    [Fact]
    public void CheckForm_InputFromFile_ReadsTheJsonInIt()
    {
        var data = CliRun.WriteTemp("""{"roomArea":520,"residentShare":0.8,"rented":true}""");
        var run = CliRun.Of("check-form", Programme, "facility", "--input", "@" + data);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("/leaseYears", Assert.Single(JsonNode.Parse(run.Out)!.AsArray())!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public void CheckForm_UnknownForm_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("check-form", Programme, "nosuch", "--input", "{}").ExitCode);
    }
}
