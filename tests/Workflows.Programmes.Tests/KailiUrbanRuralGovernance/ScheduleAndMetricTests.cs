using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.KailiUrbanRuralGovernance;

public sealed class ScheduleAndMetricTests
{
    private static readonly SeedProgramme Kaili = SeedProgramme.Load(KailiFiles.Folder);

    [Fact]
    public void WorkerTraining_TrainingCycle_FiresEveryThreeYears()
    {
        var task = Kaili.Programme.Tasks["workerTraining"];
        var schedule = Kaili.Programme.Schedules[task.Schedule!];
        var zone = Kaili.Programme.Zone;

        var first = schedule.NextAfter(Instant.FromUtc(2019, 12, 31, 0, 0))!.Value.InZone(zone).LocalDateTime;
        var second = schedule.NextAfter(first.InZoneStrictly(zone).ToInstant())!.Value.InZone(zone).LocalDateTime;

        Assert.Equal(new LocalDateTime(2020, 3, 1, 0, 0), first);
        Assert.Equal("P3Y", Kaili.Programme.ParameterValues["trainingPeriod"]!.GetValue<string>());
        Assert.Equal(Period.FromYears(3), Period.Between(first, second, PeriodUnits.Years));
        Assert.Equal(first.PlusYears(3), second);
        Assert.Equal("community", task.Assignee.UnitType);
        Assert.Equal("implementation", task.Phase);
    }

    [Fact]
    public void TrainingCycle_AfterTheSystemYear_StopsFiring()
    {
        var schedule = Kaili.Programme.Schedules["trainingCycle"];
        var systemYear = Kaili.Programme.ParameterValues["systemYear"]!.GetValue<int>();

        var last = schedule.NextAfter(Instant.FromUtc(2025, 12, 31, 0, 0));

        Assert.Equal(2025, systemYear);
        Assert.Null(last); // 2026-03-01 is past the end of 2025
        Assert.Equal(new LocalDate(2023, 3, 1), schedule.NextAfter(Instant.FromUtc(2022, 6, 1, 0, 0))!.Value.InZone(Kaili.Programme.Zone).Date);
    }

    [Theory]
    [InlineData("secretaryDirectorShare1", "secretaryDirectorYear1", "secretaryDirectorShare1", 0.35)]
    [InlineData("secretaryDirectorShare2", "secretaryDirectorYear2", "secretaryDirectorShare2", 0.5)]
    public void SecretaryDirectorMetric_TargetAndDeadline_ComeFromTheirParameters(string metric, string yearParameter, string shareParameter, double share)
    {
        var m = Kaili.Programme.Metrics[metric];
        var year = Kaili.Programme.ParameterValues[yearParameter]!.GetValue<int>();

        Assert.Equal(new LocalDate(year, 12, 31), m.Deadline);
        Assert.Equal(">", m.Target!.Op);
        Assert.Equal(share, m.Target.Value);
        Assert.Equal(Kaili.Programme.ParameterValues[shareParameter]!.GetValue<double>(), m.Target.Value);
        Assert.Equal(MetricAggregate.Share, m.Aggregate);
        Assert.Equal("secretaryIsDirector", m.Where);
        Assert.False(m.Target.IsMetBy(share)); // "超过": exactly 35% (50%) is not enough
        Assert.True(m.Target.IsMetBy(share + 0.01));
    }

    [Fact]
    public void SecretaryDirectorMetrics_TwoTargets_FallInDifferentYears()
    {
        Assert.True(Kaili.Programme.Metrics["secretaryDirectorShare1"].Deadline < Kaili.Programme.Metrics["secretaryDirectorShare2"].Deadline);
    }

    [Theory]
    [InlineData("stationCoverage", "hasStation")]
    [InlineData("gridCoverage", "gridCovered")]
    public void CoverageMetric_FullCoverage_IsDueAtTheEndOfTheCoverageYear(string metric, string where)
    {
        var m = Kaili.Programme.Metrics[metric];
        var year = Kaili.Programme.ParameterValues["coverageYear"]!.GetValue<int>();

        Assert.Equal(new LocalDate(year, 12, 31), m.Deadline);
        Assert.Equal(where, m.Where);
        Assert.Equal(">=", m.Target!.Op);
        Assert.Equal(1, m.Target.Value);
    }

    [Fact]
    public void FullTimeWorkerMetric_FewestPerCommunity_IsAtLeastFive()
    {
        var m = Kaili.Programme.Metrics["fewestFullTimeWorkers"];

        Assert.Equal(MetricAggregate.Min, m.Aggregate);
        Assert.Equal("fullTimeWorkers", m.Variable);
        Assert.True(m.Target!.IsMetBy(5));
        Assert.False(m.Target.IsMetBy(4));
    }

    [Theory]
    [InlineData("2020-09-01", "2021-08-31", 1)]
    [InlineData("2020-09-01", "2021-08-30", 0)]
    [InlineData("2021-02-01", "2022-01-31", 1)]
    public void RecordSecondment_OneYearInTheCommunity_CountsOnlyFullTerms(string from, string to, int fullTerms)
    {
        var form = new System.Text.Json.Nodes.JsonObject
        {
            ["secondees"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
            {
                ["name"] = "王磊", ["employer"] = "市民政局", ["kind"] = "civilServant", ["post"] = "社区党建工作岗位", ["from"] = from, ["to"] = to,
            }),
            ["evidence"] = new System.Text.Json.Nodes.JsonArray("挂职文件.pdf"),
        };

        var effects = Kaili.Eval("recordSecondment", new System.Text.Json.Nodes.JsonObject { ["form"] = form })!;

        Assert.Equal(12, Kaili.Programme.ParameterValues["secondmentMonths"]!.GetValue<int>());
        Assert.Equal(fullTerms, KailiFiles.Number(effects["unitState"]!["secondeesServedFullTerm"]));
    }
}
