using System.Text.Json.Nodes;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>“社区用房面积达到500平方米以上，保证75%以上的面积用于居民活动”, decided on both sides of each bound.</summary>
public sealed class RoomStandardTests
{
    private static JsonObject Premises(double roomArea, double residentArea) =>
        new() { ["form"] = new JsonObject { ["premises"] = new JsonObject { ["roomArea"] = roomArea, ["residentActivityArea"] = residentArea } } };

    [Fact]
    public void Parameters_Defaults_Are500SquareMetresAnd75Percent()
    {
        var values = ChangchunFiles.Seed.Programme.ParameterValues;
        Assert.Equal(500, values["minRoomArea"]!.GetValue<double>());
        Assert.Equal(0.75, values["minResidentShare"]!.GetValue<double>());
    }

    [Theory]
    [InlineData(499.99, 499.99, false)]
    [InlineData(500, 375, true)]
    [InlineData(500.01, 400, true)]
    public void RoomsMeetStandard_AroundTheAreaBound_MetFrom500SquareMetres(double room, double resident, bool expected)
    {
        Assert.Equal(expected, ChangchunFiles.Seed.Eval("roomsMeetStandard", Premises(room, resident))!.GetValue<bool>());
    }

    [Theory]
    [InlineData(1000, 749.9, false)]
    [InlineData(1000, 750, true)]
    [InlineData(600, 449.94, false)]
    [InlineData(600, 450, true)]
    public void RoomsMeetStandard_AroundTheShareBound_MetFrom75Percent(double room, double resident, bool expected)
    {
        Assert.Equal(expected, ChangchunFiles.Seed.Eval("roomsMeetStandard", Premises(room, resident))!.GetValue<bool>());
    }

    [Fact]
    public void RoomsMeetStandard_ResidentAreaLargerThanTotal_NotMet()
    {
        Assert.False(ChangchunFiles.Seed.Eval("roomsMeetStandard", Premises(600, 650))!.GetValue<bool>());
    }

    [Theory]
    [InlineData(599.99, 599.99, false)]
    [InlineData(600, 480, true)]
    [InlineData(600, 479.9, false)]
    [InlineData(500, 400, false)]
    public void RoomsMeetStandard_JilinOverlayAt600And80Percent_BoundsMoveWithoutCodeChange(double room, double resident, bool expected)
    {
        var jilin = ChangchunFiles.Jilin;
        Assert.Equal(600, jilin.ParameterValues["minRoomArea"]!.GetValue<double>());
        Assert.Equal(0.8, jilin.ParameterValues["minResidentShare"]!.GetValue<double>());
        var outcome = new RuleSandbox().Evaluate(jilin.Rules["roomsMeetStandard"].Compiled, Workflows.Model.Validation.RuleInput.ForTest(Premises(room, resident), jilin.ParameterValues));
        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        Assert.Equal(expected, outcome.Value!.GetValue<bool>());
    }
}
