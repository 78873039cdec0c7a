using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>"确保每个网格配备至少1名专职网格员": the roster task, its check and what the directory shows.</summary>
public sealed class GridStaffingTests
{
    private static JsonObject Roster(params int[] fullTimePerGrid)
    {
        var grids = new JsonArray();
        for (var g = 0; g < fullTimePerGrid.Length; g++)
        {
            var workers = new JsonArray();
            for (var w = 0; w < fullTimePerGrid[g]; w++)
            {
                workers.Add(new JsonObject { ["name"] = $"网格员{g}{w}", ["phone"] = $"139079100{g}{w}", ["fullTime"] = true, ["managedAsCommunityWorker"] = true });
            }

            workers.Add(new JsonObject { ["name"] = $"兼职{g}", ["fullTime"] = false });
            grids.Add(new JsonObject { ["grid"] = $"第{g + 1}网格", ["households"] = 400, ["workers"] = workers });
        }

        return new JsonObject { ["grids"] = grids, ["evidence"] = new JsonArray("网格员聘用文件.pdf") };
    }

    [Theory]
    [InlineData(new[] { 1, 1, 2 }, 1, true)]
    [InlineData(new[] { 1, 0, 2 }, 1, false)]
    [InlineData(new[] { 2, 2 }, 2, true)]
    [InlineData(new[] { 2, 1 }, 2, false)]
    public void GridsStaffed_FullTimeWorkersPerGrid_PassesOnlyWhenEveryGridHasTheMinimum(int[] perGrid, int minimum, bool expected)
    {
        var form = Roster(perGrid);
        Assert.Empty(Seed.CheckForm("gridRoster", form));

        var input = new JsonObject { ["form"] = form, ["params"] = new JsonObject { ["minFullTimeGridWorkers"] = minimum } };
        Assert.Equal(expected, (bool)Seed.Eval("gridsStaffed", input)!);
    }

    [Fact]
    public void RecordGridStaffing_OneGridShort_RecordsTheGapOnTheCommunity()
    {
        var input = new JsonObject { ["form"] = Roster(2, 0, 1), ["params"] = new JsonObject { ["minFullTimeGridWorkers"] = 1 } };

        var state = Seed.Eval("recordGridStaffing", input)!["unitState"]!;

        Assert.False((bool)state["gridsStaffed"]!);
        Assert.Equal("1", Text(state["understaffedGrids"]));
        Assert.Equal("3", Text(state["fullTimeGridWorkers"]));
    }

    [Fact]
    public void StaffGrids_Task_GoesToEveryCommunityInTheDeploymentPhase()
    {
        var task = Seed.Programme.Tasks["staffGrids"];

        Assert.Equal("deploy", task.Phase);
        Assert.Equal(new Assignee("community", "director"), task.Assignee);
        Assert.Equal("gridRoster", task.Form);
        Assert.Equal(36, UnitsOfType("community").Count());
    }

    [Fact]
    public void Organisation_Grids_AllButTwoHaveAFullTimeGridWorker()
    {
        var grids = UnitsOfType("grid").ToList();
        var unstaffed = grids.Where(g => !HoldersOf((string)g["id"]!, "gridWorker").Any()).Select(g => (string)g["id"]!).ToList();

        Assert.Equal(191, grids.Count);
        Assert.Equal(["nc-qsh-jd-c01-g04", "nc-qsh-jd-c02-g07"], unstaffed);
    }
}
