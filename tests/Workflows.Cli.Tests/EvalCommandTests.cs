using System.Text.Json.Nodes;

namespace Workflows.Cli.Tests;

public class EvalCommandTests
{
    private static readonly string Programme = CliRun.Data("facility.programme.json");

    [Theory]
    [InlineData(500, 0.75, true)]
    [InlineData(499, 0.75, false)]
    [InlineData(500, 0.74, false)]
    public void Eval_RoomRule_PrintsTheDecision(double area, double share, bool expected)
    {
        var input = new JsonObject { ["form"] = new JsonObject { ["roomArea"] = area, ["residentShare"] = share } };
        var run = CliRun.Of("eval", Programme, "roomsMeetStandard", "--input", input.ToJsonString());
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(expected, JsonNode.Parse(run.Out)!.GetValue<bool>());
    }

    [Fact]
    public void Eval_ParamsInInput_OverrideTheProgrammes()
    {
        var run = CliRun.Of("eval", Programme, "roomsMeetStandard", "--input", """{"params":{"minRoomArea":400},"form":{"roomArea":450,"residentShare":0.8}}""");
        Assert.Equal(0, run.ExitCode);
        Assert.True(JsonNode.Parse(run.Out)!.GetValue<bool>());
    }

    [Fact]
    public void Eval_EndlessRule_IsStoppedAndExitsOne()
    {
        var run = CliRun.Of("eval", Programme, "spin");
        Assert.Equal(1, run.ExitCode);
        Assert.Matches("rule\\.(timeout|statements)", run.Error);
    }

    [Fact]
    public void Eval_UnknownRule_ExitsTwoNamingTheRules()
    {
        var run = CliRun.Of("eval", Programme, "nosuch");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("roomsMeetStandard", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_InputNotJson_ExitsTwo()
    {
        Assert.Equal(2, CliRun.Of("eval", Programme, "roomsMeetStandard", "--input", "{nope").ExitCode);
    }
}
