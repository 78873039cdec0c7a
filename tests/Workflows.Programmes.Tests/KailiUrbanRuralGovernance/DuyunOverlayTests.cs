using NodaTime;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.KailiUrbanRuralGovernance;

public sealed class DuyunOverlayTests
{
    [Theory]
    [InlineData(2999, 400)]
    [InlineData(3000, 500)]
    public void RuralThreshold_RaisedTo3000ByDuyun_MovesTheBoundary(int population, double expected)
    {
        var duyun = KailiFiles.Duyun();

        var required = KailiFiles.Eval(duyun, "requiredStationArea", KailiFiles.Community(false, population, 400));

        Assert.Equal(3000, duyun.ParameterValues["ruralPopulationThreshold"]!.GetValue<int>());
        Assert.Equal(expected, KailiFiles.Number(required));
    }

    [Fact]
    public void RuralThreshold_Kaili2500People_NeedMoreThanInDuyun()
    {
        var kaili = SeedProgramme.Load(KailiFiles.Folder);

        Assert.Equal(500, KailiFiles.Number(kaili.Eval("requiredStationArea", KailiFiles.Community(false, 2500, 400))));
        Assert.Equal(400, KailiFiles.Number(KailiFiles.Eval(KailiFiles.Duyun(), "requiredStationArea", KailiFiles.Community(false, 2500, 400))));
    }

    [Fact]
    public void TargetYears_SetByDuyun_MoveTheMetricDeadlinesAndPhases()
    {
        var duyun = KailiFiles.Duyun();

        Assert.Equal("duyun-urban-rural-governance", duyun.Id);
        Assert.Equal(new LocalDate(2022, 12, 31), duyun.Metrics["stationCoverage"].Deadline);
        Assert.Equal(new LocalDate(2022, 12, 31), duyun.Metrics["secretaryDirectorShare1"].Deadline);
        Assert.Equal(new LocalDate(2025, 12, 31), duyun.Metrics["secretaryDirectorShare2"].Deadline);
        Assert.Equal(new LocalDate(2021, 3, 1), duyun.FindPhase("implementation")!.Entry[0].Date);
        Assert.Equal(new LocalDate(2028, 1, 1), duyun.FindPhase("implementation")!.Exit[0].Date);
        Assert.Equal(new LocalDate(2023, 1, 1), duyun.Tasks["urbanServiceStation"].Due!.Date);
    }

    [Fact]
    public void TrainingCycle_StartMovedByDuyun_StillFiresEveryThreeYearsFromApril2021()
    {
        var duyun = KailiFiles.Duyun();
        var schedule = duyun.Schedules["trainingCycle"];

        var first = schedule.NextAfter(Instant.FromUtc(2021, 1, 1, 0, 0))!.Value.InZone(duyun.Zone).LocalDateTime;
        var second = schedule.NextAfter(first.InZoneStrictly(duyun.Zone).ToInstant())!.Value.InZone(duyun.Zone).LocalDateTime;

        Assert.Equal(new LocalDateTime(2021, 4, 1, 0, 0), first);
        Assert.Equal(new LocalDateTime(2024, 4, 1, 0, 0), second);
    }
}
