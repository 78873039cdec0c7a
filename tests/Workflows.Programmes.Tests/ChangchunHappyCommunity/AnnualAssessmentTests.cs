using NodaTime;
using NodaTime.Text;
using Workflows.Model.Definitions;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>“除今年抓好创建启动和试点外，从明年开始每年要通过行政组织、社会组织分别对申报创建达标社区进行考核评估”.</summary>
public sealed class AnnualAssessmentTests
{
    private static Programme Programme => ChangchunFiles.Seed.Programme;

    private static Instant Local(string text) =>
        LocalDateTimePattern.GeneralIso.Parse(text).Value.InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant();

    private static List<Instant> Fires(Schedule schedule, Instant from, int count)
    {
        var fires = new List<Instant>();
        var at = from;
        while (fires.Count < count && schedule.NextAfter(at) is { } next)
        {
            fires.Add(next);
            at = next;
        }

        return fires;
    }

    [Fact]
    public void LaunchPhase_LaunchYear2012_RunsThroughThatCalendarYear()
    {
        var launch = Programme.FindPhase("launch")!;
        Assert.Equal(new LocalDate(2012, 1, 1), launch.Entry.Single().Date);
        Assert.Equal(new LocalDate(2013, 1, 1), launch.Exit.Single().Date);
        var creation = Programme.FindPhase("creation")!;
        Assert.Equal("launch", creation.Entry.Single().After);
    }

    [Fact]
    public void AnnualAssessment_FromLaunchDay_FirstFiresInTheYearAfterLaunchThenYearly()
    {
        var fires = Fires(Programme.Schedules["annualAssessment"], Local("2012-01-01T00:00:00"), 3);
        Assert.Equal([Local("2013-09-01T09:00:00"), Local("2014-09-01T09:00:00"), Local("2015-09-01T09:00:00")], fires);
    }

    [Fact]
    public void ApplicationWindow_FromLaunchDay_OpensBeforeTheFirstAssessmentOfTheSameYear()
    {
        var schedule = Programme.Schedules["applicationWindow"];
        var first = schedule.NextAfter(Local("2012-01-01T00:00:00"));
        Assert.Equal(Local("2013-03-01T09:00:00"), first);
        Assert.True(first < Programme.Schedules["annualAssessment"].NextAfter(Local("2012-01-01T00:00:00")));
    }

    [Fact]
    public void AnnualAssessment_JilinOverlayLaunching2026_FirstFiresOctober2027()
    {
        var fires = Fires(ChangchunFiles.Jilin.Schedules["annualAssessment"], Local("2026-01-01T00:00:00"), 2);
        Assert.Equal([Local("2027-10-01T09:00:00"), Local("2028-10-01T09:00:00")], fires);
        Assert.Equal(new LocalDate(2026, 1, 1), ChangchunFiles.Jilin.FindPhase("launch")!.Entry.Single().Date);
    }

    [Theory]
    [InlineData("adminAssessment", "adminAssessor")]
    [InlineData("socialAssessment", "socialAssessor")]
    public void AssessmentTemplates_EachSide_RunsEveryYearForCommunitiesThatApplied(string template, string role)
    {
        var task = Programme.Tasks[template];
        Assert.Equal("annualAssessment", task.Schedule);
        Assert.Equal("creation", task.Phase);
        Assert.Equal("hasApplied", task.When);
        Assert.Equal(new Assignee("community", role), task.Assignee);
        Assert.Equal("assessment", task.Form);
        Assert.Equal(["recordAssessment"], task.OnComplete.Where(a => a.Kind == ActionKind.RunRule).Select(a => a.Target));
    }

    [Theory]
    [InlineData("""{"applied": true, "certified": false}""", true)]
    [InlineData("""{"applied": false, "certified": false}""", false)]
    [InlineData("""{}""", false)]
    [InlineData("""{"applied": false, "certified": true}""", false)]
    public void HasApplied_ByUnitState_TrueOnlyForCommunitiesThatApplied(string state, bool expected)
    {
        var input = ChangchunFiles.Parse($$$"""{"unit": {"id": "c1", "type": "community", "state": {{{state}}}}}""");
        Assert.Equal(expected, ChangchunFiles.Seed.Eval("hasApplied", input)!.GetValue<bool>());
    }

    [Fact]
    public void RecordApplication_CommunityApplies_MarksItAppliedForThisYear()
    {
        var input = ChangchunFiles.Parse("""
            {"form": {"apply": true, "applicationYear": 2013, "residentsMeetingOn": "2013-03-20", "selfScore": 86, "roomArea": 620,
              "residentActivityArea": 480, "highlights": "居家养老服务", "contact": {"name": "李淑华", "phone": "13904317788"}, "evidence": ["申报表.pdf"]}}
            """);
        var effects = ChangchunFiles.Seed.Eval("recordApplication", input)!;
        Assert.True(effects["unitState"]!["applied"]!.GetValue<bool>());
        Assert.Equal(2013, ChangchunFiles.Num(effects["unitState"]!["appliedYear"]));
        Assert.Equal("recordApplication", Programme.Tasks["applyForCertification"].OnComplete.Single().Target);
    }
}
