using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;

namespace Workflows.Model.Tests.Validation;

/// <summary>Dates, durations and schedules, literal or from parameters, resolve to the instants the runtime will use.</summary>
public class TimeExpressionTests
{
    private static readonly ProgrammeReader Reader = new();

    private static JsonObject Programme(JsonObject parameters, JsonObject schedules, JsonObject? phases = null) => new()
    {
        ["language"] = "workflows/1",
        ["id"] = "time",
        ["version"] = "1",
        ["title"] = new JsonObject { ["zh"] = "时间" },
        ["parameters"] = parameters,
        ["phases"] = phases ?? new JsonObject { ["run"] = new JsonObject { ["title"] = new JsonObject { ["zh"] = "实施" } } },
        ["schedules"] = schedules,
    };

    private static Programme ReadValid(JsonObject document)
    {
        var result = Reader.Read(document);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        return result.Programme!;
    }

    private static Instant Shanghai(int y, int m, int d) => new LocalDate(y, m, d).AtMidnight().InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    [Fact]
    public void Interval_EveryThreeYearsFromTheYearAfterLaunch_FiresThreeYearsApart()
    {
        var programme = ReadValid(Programme(
            new JsonObject
            {
                ["launchYear"] = new JsonObject { ["type"] = "year", ["default"] = 2022 },
                ["reratingPeriod"] = new JsonObject { ["type"] = "duration", ["default"] = "P3Y" },
            },
            new JsonObject
            {
                ["rerating"] = new JsonObject
                {
                    ["interval"] = new JsonObject
                    {
                        ["start"] = new JsonObject { ["param"] = "launchYear", ["month"] = 3, ["day"] = 1, ["offset"] = "P1Y" },
                        ["every"] = new JsonObject { ["param"] = "reratingPeriod" },
                    },
                },
            }));
        var schedule = programme.Schedules["rerating"];
        var first = schedule.NextAfter(Shanghai(2022, 1, 1));
        Assert.Equal(Shanghai(2023, 3, 1), first);
        Assert.Equal(Shanghai(2026, 3, 1), schedule.NextAfter(first!.Value));
        Assert.Equal(Shanghai(2029, 3, 1), schedule.NextAfter(Shanghai(2026, 3, 1)));
    }

    [Fact]
    public void Cron_InShanghai_FiresAtLocalNineOnTheFirst()
    {
        var programme = ReadValid(Programme([], new JsonObject { ["monthly"] = new JsonObject { ["cron"] = "0 9 1 * *", ["until"] = "2014-08-31" } }));
        var schedule = programme.Schedules["monthly"];
        var next = schedule.NextAfter(Shanghai(2014, 6, 15));
        Assert.Equal(new LocalDateTime(2014, 7, 1, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant(), next);
        Assert.Null(schedule.NextAfter(Shanghai(2014, 8, 2)));
    }

    [Fact]
    public void IsoInterval_WithCount_StopsAfterCount()
    {
        var programme = ReadValid(Programme([], new JsonObject { ["quarterly"] = new JsonObject { ["interval"] = "R2/2014-06-01/P3M" } }));
        var schedule = programme.Schedules["quarterly"];
        Assert.Equal(Shanghai(2014, 9, 1), schedule.NextAfter(Shanghai(2014, 6, 1)));
        Assert.Null(schedule.NextAfter(Shanghai(2014, 9, 1)));
    }

    [Fact]
    public void DurationParameterOfWrongType_IsReportedAtTheParam()
    {
        var result = Reader.Read(Programme(
            new JsonObject { ["period"] = new JsonObject { ["type"] = "integer", ["default"] = 3 } },
            new JsonObject { ["x"] = new JsonObject { ["interval"] = new JsonObject { ["start"] = "2020-01-01", ["every"] = new JsonObject { ["param"] = "period" } } } }));
        Assert.Contains(result.Diagnostics, d => d.Pointer == "/schedules/x/interval/every/param" && d.Code == "duration.paramType");
    }

    [Fact]
    public void PhaseDate_YearParameterAtYearEnd_ResolvesToThatDate()
    {
        var programme = ReadValid(Programme(
            new JsonObject { ["targetYear"] = new JsonObject { ["type"] = "year", ["default"] = 2026 } },
            [],
            new JsonObject
            {
                ["run"] = new JsonObject
                {
                    ["title"] = new JsonObject { ["zh"] = "实施" },
                    ["exit"] = new JsonArray(new JsonObject { ["date"] = new JsonObject { ["param"] = "targetYear", ["month"] = 12, ["day"] = 31 } }),
                },
            }));
        Assert.Equal(new LocalDate(2026, 12, 31), programme.Phases[0].Exit[0].Date);
    }
}
