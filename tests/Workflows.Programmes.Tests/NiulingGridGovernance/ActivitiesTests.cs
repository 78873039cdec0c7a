using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Workflows.Programmes.Tests.NiulingGridGovernance;

/// <summary>Leadership, assessments and the regular activities: health talks, fire-safety publicity, culture teams, volunteers.</summary>
public sealed class ActivitiesTests
{
    private static Instant Local(string text) =>
        LocalDateTimePattern.GeneralIso.Parse(text).Value.InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    [Fact]
    public void LeadershipGroup_DirectorAndDeputy_AreTheNamedPeople()
    {
        Assert.Equal("张雪聪", NiulingFiles.NameOf(Assert.Single(NiulingFiles.Holders("niuling", "director"))));
        Assert.Equal("徐温和", NiulingFiles.NameOf(Assert.Single(NiulingFiles.Holders("niuling", "deputyDirector"))));
        Assert.NotEmpty(NiulingFiles.Holders("niuling", "groupMember"));
        Assert.Equal("director", NiulingFiles.Seed.Programme.Tasks["leadershipGroup"].Assignee.Role);
    }

    [Fact]
    public void HealthTalks_FromCreationStart_FirstSaturdayOfEachMonth()
    {
        var schedule = NiulingFiles.Seed.Programme.Schedules["healthTalks"];
        var first = schedule.NextAfter(Local("2013-05-01T00:00:00"))!.Value;
        var second = schedule.NextAfter(first)!.Value;
        Assert.Equal(Local("2013-06-01T09:00:00"), first);
        Assert.Equal(Local("2013-07-06T09:00:00"), second);
        Assert.Null(schedule.NextAfter(Local("2014-12-31T10:00:00")));
        Assert.Equal("healthTalks", NiulingFiles.Seed.Programme.Tasks["healthTalk"].Schedule);
        Assert.Contains(NiulingFiles.Seed.Programme.Tasks["healthTalk"].Responsible, r => r.Code == "LC-RMYY");
    }

    [Fact]
    public void FireSafetyPublicity_Quarterly_WithTheYutouBrigade()
    {
        var schedule = NiulingFiles.Seed.Programme.Schedules["quarterly"];
        var first = schedule.NextAfter(Local("2013-06-01T00:00:00"))!.Value;
        Assert.Equal(Local("2013-07-15T09:00:00"), first);
        Assert.Equal(Local("2013-10-15T09:00:00"), schedule.NextAfter(first));
        var task = NiulingFiles.Seed.Programme.Tasks["fireSafetyPublicity"];
        Assert.Equal("quarterly", task.Schedule);
        Assert.Equal("YT-XFDD", Assert.Single(task.Responsible).Code);
    }

    [Fact]
    public void CultureTeams_AllThreeNamedTeams_Required()
    {
        var teams = NiulingFiles.Parse("""
            {"teams": [
              {"kind": "pingpong", "name": "牛岭乒乓球队", "leader": "金国强", "members": 16, "venue": "党员活动中心"},
              {"kind": "fitnessDance", "name": "牛岭健身舞队", "leader": "叶秀英", "members": 32, "venue": "社区广场"},
              {"kind": "taiChi", "name": "牛岭太极拳队", "leader": "董德明", "members": 21, "venue": "社区广场"}],
             "evidence": ["成立照片.jpg"]}
            """);
        Assert.Empty(NiulingFiles.Seed.CheckForm("cultureTeams", teams));
        teams["teams"]![2]!["kind"] = "other";
        teams["teams"]!.AsArray().Add(new JsonObject { ["kind"] = "other", ["name"] = "腰鼓队", ["leader"] = "方月娥", ["members"] = 12, ["venue"] = "社区广场" });
        Assert.Contains(NiulingFiles.Seed.CheckForm("cultureTeams", teams), e => e.Pointer == "/teams");
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(0.5, 0, 1)]
    public void GradePartyMembers_AroundTheExcellentBound_90IsExcellent(double deductions, int excellent, int qualified)
    {
        var input = NiulingFiles.Parse($$$"""
            {"form": {"year": 2013, "members": [{"name": "甲", "basic": 38, "vanguard": 35, "residentRating": 17, "deductions": {{{deductions}}}}], "evidence": ["考核.xlsx"]}}
            """);
        var state = NiulingFiles.Seed.Eval("gradePartyMembers", input)!["unitState"]!;
        Assert.Equal(excellent, NiulingFiles.Num(state["vanguardExcellent"]));
        Assert.Equal(qualified, NiulingFiles.Num(state["vanguardQualified"]));
    }

    [Theory]
    [InlineData(21, "workersCompetent")]
    [InlineData(20.5, "workersBasic")]
    public void GradeWorkers_AroundTheCompetentBound_70IsCompetent(double performance, string grade)
    {
        var input = NiulingFiles.Parse($$$"""
            {"form": {"year": 2013, "workers": [{"name": "甲", "position": "社区工作者", "age": 35, "morality": 14, "ability": 14, "diligence": 14, "performance": {{{performance}}}, "integrity": 7}], "evidence": ["考核表.pdf"]}}
            """);
        var state = NiulingFiles.Seed.Eval("gradeWorkers", input)!["unitState"]!;
        Assert.Equal(1, NiulingFiles.Num(state[grade]));
        Assert.Equal(35, NiulingFiles.Num(state["workersAverageAge"]));
    }

    [Fact]
    public void VolunteerSignups_ViaQqGroupOrWeibo_Accepted()
    {
        var report = NiulingFiles.Parse("""
            {"quarter": "2013-Q3", "signups": [{"name": "余春燕", "phone": "13957701234", "channel": "qqGroup"}, {"name": "谢光辉", "channel": "weibo"}],
             "elderlyServed": 46, "vulnerableServed": 12, "serviceHours": 130}
            """);
        Assert.Empty(NiulingFiles.Seed.CheckForm("volunteerSignups", report));
        report["quarter"] = "2013-Q5";
        Assert.Equal("/quarter", Assert.Single(NiulingFiles.Seed.CheckForm("volunteerSignups", report)).Pointer);
    }

    [Fact]
    public void Phases_Dates_FollowTheParameters()
    {
        var p = NiulingFiles.Seed.Programme;
        Assert.Equal(new LocalDate(2013, 5, 1), p.FindPhase("mobilise")!.Entry.Single().Date);
        Assert.Equal(new LocalDate(2013, 6, 1), p.FindPhase("mobilise")!.Exit.Single().Date);
        Assert.Equal(new LocalDate(2015, 1, 1), p.FindPhase("acceptance")!.Exit.Single().Date);
        Assert.Equal(new LocalDate(2026, 3, 1), NiulingFiles.Shuangyu.FindPhase("mobilise")!.Entry.Single().Date);
    }
}
