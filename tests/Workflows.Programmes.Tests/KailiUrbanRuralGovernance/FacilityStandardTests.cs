using System.Text.Json.Nodes;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.KailiUrbanRuralGovernance;

public sealed class FacilityStandardTests
{
    private static readonly SeedProgramme Kaili = SeedProgramme.Load(KailiFiles.Folder);

    [Theory]
    [InlineData(true, 4999, 1000, 600)] // urban, below 5000: the 600 m² floor (1000 households need only 300)
    [InlineData(true, 5000, 1000, 800)] // urban, 5000 and over: 800 m²
    [InlineData(true, 4999, 2500, 750)] // 30 m² per 100 households outweighs the 600 floor
    [InlineData(true, 5000, 3000, 900)] // … and the 800 floor
    [InlineData(false, 1999, 400, 400)] // rural, below 2000: 400 m²
    [InlineData(false, 2000, 400, 500)] // rural, 2000 and over: 500 m²
    [InlineData(false, 1999, 1500, 450)] // 30 m² per 100 households outweighs the 400 floor
    [InlineData(false, 2000, 1800, 540)] // … and the 500 floor
    public void RequiredStationArea_EitherSideOfEachPopulationThreshold_IsTheLargerOfPerHouseholdAndFloor(bool urban, int population, int households, double expected)
    {
        Assert.Equal(5000, Kaili.Programme.ParameterValues["urbanPopulationThreshold"]!.GetValue<int>());
        Assert.Equal(2000, Kaili.Programme.ParameterValues["ruralPopulationThreshold"]!.GetValue<int>());
        Assert.Equal(30, KailiFiles.Number(Kaili.Programme.ParameterValues["areaPerHundredHouseholds"]));

        var required = Kaili.Eval("requiredStationArea", KailiFiles.Community(urban, population, households));

        Assert.Equal(expected, KailiFiles.Number(required), 6);
    }

    [Theory]
    [InlineData(true, 5000, 1000, 800, true)]
    [InlineData(true, 5000, 1000, 799, false)]
    [InlineData(false, 1999, 300, 400, true)]
    [InlineData(false, 1999, 300, 399.5, false)]
    [InlineData(false, 2000, 2000, 600, true)]
    [InlineData(false, 2000, 2000, 599, false)]
    public void RecordStation_AreaAtOrJustBelowTheRequirement_IsCompliantOnlyWhenReached(bool urban, int population, int households, double area, bool compliant)
    {
        var form = StationForm(urban, population, households, area);

        var effects = Kaili.Eval("recordStation", KailiFiles.Community(urban, population, households, form))!;

        Assert.Equal(compliant, effects["unitState"]!["stationCompliant"]!.GetValue<bool>());
        Assert.True(effects["unitState"]!["stationBuilt"]!.GetValue<bool>());
    }

    [Fact]
    public void RecordStation_UrbanStationWithoutTheEmergencyShelter_IsNotCompliantAndCountsOneMissingRoom()
    {
        var form = StationForm(true, 3000, 900, 700);
        var rooms = form["rooms"]!.AsArray();
        rooms.Remove(rooms.Single(r => r!.GetValue<string>() == "emergencyShelter"));

        var state = Kaili.Eval("recordStation", KailiFiles.Community(true, 3000, 900, form))!["unitState"]!;

        Assert.Equal(1, KailiFiles.Number(state["roomsMissing"]));
        Assert.False(state["stationCompliant"]!.GetValue<bool>());
    }

    [Fact]
    public void StationForm_UrbanRoomChecklist_ListsTheEightRoomsOneStationOneHallTwoGrounds()
    {
        var labels = Kaili.Programme.Document["forms"]!["stationFacilities"]!["ui"]!["rooms"]!["items"]!["ui:options"]!["enumLabels"]!.AsObject();
        string[] urban = ["partyBranch", "residentsCommittee", "supervisionCommittee", "multiFunction", "library", "culture", "comprehensiveOrder", "elderlyDayCare", "healthStation", "serviceHall", "sportsGround", "emergencyShelter"];
        string[] zh = ["党支部办公室", "居委会办公室", "居务监督委员会办公室", "多功能室", "图书阅览室（四点半学校）", "文化活动室", "综治中心室", "老年日间照料中心室", "卫生健康服务站", "社区服务大厅", "体育活动场所", "应急避难场所"];

        Assert.Equal(zh, urban.Select(k => labels[k]!["zh"]!.GetValue<string>()));
        Assert.Equal(12, urban.Length); // 8 rooms + 1 station + 1 hall + 2 grounds
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(4, 1)]
    public void StationForm_LeasedPremises_NeedAtLeastAFiveYearLease(int leaseYears, int errors)
    {
        var form = StationForm(true, 3000, 900, 700);
        form["acquisition"] = "lease";
        form["leaseYears"] = leaseYears;
        form["leaseContract"] = new JsonArray("租房合同.pdf");

        var found = Kaili.CheckForm("stationFacilities", form);

        Assert.Equal(errors, found.Count);
        Assert.All(found, e => Assert.Equal("/leaseYears", e.Pointer));
    }

    [Fact]
    public void StationForm_LeasedPremisesWithoutLeaseTerm_AreRejected()
    {
        var form = StationForm(true, 3000, 900, 700);
        form["acquisition"] = "lease";

        Assert.NotEmpty(Kaili.CheckForm("stationFacilities", form));
        form["acquisition"] = "newBuild";
        Assert.Empty(Kaili.CheckForm("stationFacilities", form));
    }

    private static JsonObject StationForm(bool urban, int population, int households, double area)
    {
        string[] rooms = urban
            ? ["partyBranch", "residentsCommittee", "supervisionCommittee", "multiFunction", "library", "culture", "comprehensiveOrder", "elderlyDayCare", "healthStation", "serviceHall", "sportsGround", "emergencyShelter"]
            : ["partyBranch", "villagersCommittee", "villageSupervision", "multiFunction", "library", "leftBehindChildren", "culture", "comprehensiveOrder", "policeRoom", "mediation", "homeCare", "serviceHall", "clinic", "sportsGround", "emergencyShelter"];
        return new JsonObject
        {
            ["communityKind"] = urban ? "urban" : "rural",
            ["population"] = population,
            ["households"] = households,
            ["stationArea"] = area,
            ["acquisition"] = "newBuild",
            ["rooms"] = new JsonArray(rooms.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray()),
            ["threePlaquesOnly"] = true,
            ["evidence"] = new JsonArray("服务站照片.zip"),
        };
    }
}
