using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Programmes.Tests.Support;

namespace Workflows.Programmes.Tests.ThreePartyLinkage;

public sealed class MeetingAndFormTests
{
    private static readonly SeedProgramme Linkage = SeedProgramme.Load(ThreePartyFiles.Folder);

    [Fact]
    public void MeetingCycle_DefaultInterval_FiresMonthlyFromTheStartDate()
    {
        var schedule = Linkage.Programme.Schedules[Linkage.Programme.Tasks["jointMeeting"].Schedule!];

        var fires = Fires(schedule, Linkage.Programme.Zone, Instant.FromUtc(2023, 12, 1, 0, 0), 3);

        Assert.Equal([new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1), new LocalDate(2024, 3, 1)], fires);
    }

    [Fact]
    public void MeetingCycle_CityOverlay_FiresEveryTwoMonthsFromMarch2025()
    {
        var city = ThreePartyFiles.City();

        var fires = Fires(city.Schedules["meetingCycle"], city.Zone, Instant.FromUtc(2025, 1, 1, 0, 0), 3);

        Assert.Equal([new LocalDate(2025, 3, 1), new LocalDate(2025, 5, 1), new LocalDate(2025, 7, 1)], fires);
        Assert.Equal(Period.FromDays(10), city.Tasks["followUpOwnersCommittee"].Due!.Within);
        Assert.Equal(2, city.Tasks["followUpPropertyCompany"].Review.Count);
        Assert.Single(city.Tasks["followUpOwnersCommittee"].Review);
    }

    [Fact]
    public void MeetingCycle_AfterTheEndDate_StopsFiring()
    {
        var schedule = Linkage.Programme.Schedules["meetingCycle"];

        Assert.Null(schedule.NextAfter(Instant.FromUtc(2026, 12, 2, 0, 0)));
        Assert.NotNull(schedule.NextAfter(Instant.FromUtc(2026, 11, 2, 0, 0)));
    }

    [Fact]
    public void JointMeeting_OrgDirectory_OnlyNeighbourhoodsWithAllThreePartiesMeet()
    {
        var neighbourhoods = ThreePartyFiles.Json("org.json")["units"]!.AsArray().Where(u => (string?)u!["type"] == "neighbourhood").ToList();
        var when = Linkage.Programme.Tasks["jointMeeting"].When!;

        var meeting = neighbourhoods.Where(n => Linkage.Eval(when, new JsonObject { ["unit"] = n!.DeepClone() })!.GetValue<bool>()).Select(n => (string)n!["id"]!).ToList();

        Assert.Equal(["nb-lijing", "nb-jinxiu", "nb-xingguang"], meeting);
        Assert.Equal(5, neighbourhoods.Count);
    }

    [Fact]
    public void FollowUps_DueWithinNDays_AndTheMetricsMeasureClosingOnTime()
    {
        foreach (var template in new[] { "followUpResidentsCommittee", "followUpOwnersCommittee", "followUpPropertyCompany" })
        {
            Assert.Equal(Period.FromDays(15), Linkage.Programme.Tasks[template].Due!.Within);
            var metric = Linkage.Programme.Metrics[template + "OnTime"];
            Assert.Equal(MetricAggregate.OnTimeRate, metric.Aggregate);
            Assert.Equal(template, metric.Task);
            Assert.Equal(0.85, metric.Target!.Value);
            Assert.Equal(new LocalDate(2027, 1, 1), metric.Deadline);
        }

        Assert.Equal("jointMeeting", Linkage.Programme.Metrics["meetingsOnTime"].Task);
        Assert.Equal(0.9, Linkage.Programme.Metrics["meetingsOnTime"].Target!.Value);
    }

    [Theory]
    [InlineData("residentsCommittee")]
    [InlineData("ownersCommittee")]
    [InlineData("propertyCompany")]
    public void MinutesForm_OnePartyAbsent_IsRejected(string absent)
    {
        var minutes = FollowUpRoutingTests.Minutes(["propertyCompany"]);
        var attendees = minutes["attendees"]!.AsArray();
        attendees.Remove(attendees.Single(a => (string?)a!["party"] == absent));
        attendees.Add(new JsonObject { ["name"] = "居民代表", ["party"] = "resident" });

        Assert.NotEmpty(Linkage.CheckForm("jointMeetingMinutes", minutes));
    }

    [Fact]
    public void MinutesForm_AllThreePartiesPresent_IsAccepted()
    {
        Assert.Empty(Linkage.CheckForm("jointMeetingMinutes", FollowUpRoutingTests.Minutes(["propertyCompany", "ownersCommittee"])));
    }

    [Fact]
    public void MinutesForm_DecisionForAPartyOutsideTheThree_IsRejected()
    {
        var minutes = FollowUpRoutingTests.Minutes(["propertyCompany"]);
        minutes["decisions"]![0]!["owner"] = "streetOfficer";

        var errors = Linkage.CheckForm("jointMeetingMinutes", minutes);

        Assert.Contains(errors, e => e.Pointer == "/decisions/0/owner");
    }

    [Fact]
    public void MinutesForm_IssuesButNoneMarked_RequiresAtLeastOneIssue()
    {
        var minutes = FollowUpRoutingTests.Minutes([]);
        minutes["noIssues"] = false;

        Assert.NotEmpty(Linkage.CheckForm("jointMeetingMinutes", minutes));
        minutes["noIssues"] = true;
        Assert.Empty(Linkage.CheckForm("jointMeetingMinutes", minutes));
    }

    [Fact]
    public void FollowUpReport_ItemNotDoneWithoutReason_IsRejected()
    {
        var report = new JsonObject
        {
            ["items"] = new JsonArray(new JsonObject { ["issueNo"] = 1, ["actionTaken"] = "联系供电公司", ["done"] = false }),
            ["residentsInformed"] = true,
            ["evidence"] = new JsonArray("照片.jpg"),
        };

        Assert.NotEmpty(Linkage.CheckForm("followUpReport", report));
        report["items"]![0]!["reasonNotDone"] = "等待供电公司排期";
        report["items"]![0]!["expectedOn"] = "2024-04-10";
        Assert.Empty(Linkage.CheckForm("followUpReport", report));
    }

    private static List<LocalDate> Fires(Schedule schedule, DateTimeZone zone, Instant from, int count)
    {
        var fires = new List<LocalDate>();
        var at = from;
        for (var i = 0; i < count; i++)
        {
            at = schedule.NextAfter(at)!.Value;
            fires.Add(at.InZone(zone).Date);
        }

        return fires;
    }
}
