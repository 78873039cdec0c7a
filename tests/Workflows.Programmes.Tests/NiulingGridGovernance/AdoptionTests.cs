using NodaTime;
using NodaTime.Text;

namespace Workflows.Programmes.Tests.NiulingGridGovernance;

/// <summary>Who does the cluster work once elected, and what the Shuangyu overlay changes.</summary>
public sealed class AdoptionTests
{
    private static Instant Local(string text) =>
        LocalDateTimePattern.GeneralIso.Parse(text).Value.InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    [Theory]
    [InlineData("repairServices", "monthly")]
    [InlineData("groupSupervision", "quarterly")]
    public void ClusterWork_OnlyWhereAGroupWasValidlyElected_ForItsLeader(string template, string schedule)
    {
        var task = NiulingFiles.Seed.Programme.Tasks[template];
        Assert.Equal("groupElected", task.When);
        Assert.Equal(schedule, task.Schedule);
        Assert.Equal("leader", task.Assignee.Role);
        Assert.True(NiulingFiles.Seed.Eval("groupElected", NiulingFiles.Parse("""{"unit": {"id": "c1", "state": {"groupElected": true}}}"""))!.GetValue<bool>());
        Assert.False(NiulingFiles.Seed.Eval("groupElected", NiulingFiles.Parse("""{"unit": {"id": "c1", "state": {"groupElected": false}}}"""))!.GetValue<bool>());
    }

    [Fact]
    public void ShuangyuOverlay_HealthTalks_TwiceAMonthFromApril2026()
    {
        var schedule = NiulingFiles.Shuangyu.Schedules["healthTalks"];
        var first = schedule.NextAfter(Local("2026-03-01T00:00:00"))!.Value;
        Assert.Equal(Local("2026-04-01T09:00:00"), first);
        Assert.Equal(Local("2026-04-15T09:00:00"), schedule.NextAfter(first));
    }

    [Fact]
    public void ShuangyuOverlay_Parameters_ChangeWithoutTouchingTheRules()
    {
        var values = NiulingFiles.Shuangyu.ParameterValues;
        Assert.Equal(10, values["gridTeamSize"]!.GetValue<int>());
        Assert.Equal(85, values["vanguardExcellentIndex"]!.GetValue<double>());
        Assert.Equal(["shuangyu-happy-community-2026"], NiulingFiles.Shuangyu.Adoptions.Skip(NiulingFiles.Shuangyu.Adoptions.Count - 1));
        Assert.Equal(new LocalDate(2028, 1, 1), NiulingFiles.Shuangyu.FindPhase("acceptance")!.Exit.Single().Date);
    }
}
