using System.Text.Json.Nodes;
using Workflows.Model.Definitions;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>“对达标的要予以表彰奖励。实施对达标社区动态管理，定期考核，对不具备标准的要予以摘牌。”</summary>
public sealed class CertificationTests
{
    private static Programme Programme => ChangchunFiles.Seed.Programme;

    private static JsonObject UnitStateAfter(JsonObject input)
    {
        var effects = ChangchunFiles.Seed.Eval("recordAssessment", input)!.AsObject();
        return effects["unitState"]!.AsObject();
    }

    /// <summary>The unit's state once the rule's unitState effect is applied over <paramref name="before"/>.</summary>
    private static JsonObject Apply(string before, JsonObject changes)
    {
        var state = JsonNode.Parse(before)!.AsObject();
        foreach (var (key, value) in changes)
        {
            state[key] = value?.DeepClone();
        }

        return state;
    }

    private static bool AwardDue(JsonObject state) =>
        ChangchunFiles.Seed.Eval("awardDue", new JsonObject { ["unit"] = new JsonObject { ["id"] = "c1", ["type"] = "community", ["state"] = state } })!.GetValue<bool>();

    [Fact]
    public void AssessmentSheet_FilledByAnAssessor_IsAcceptedByTheForm()
    {
        Assert.Empty(ChangchunFiles.Seed.CheckForm("assessment", AssessmentSheets.Sheet(8.5)));
    }

    [Fact]
    public void AssessmentSheet_WithoutTheRoomsSection_RejectedAtPremises()
    {
        var sheet = AssessmentSheets.Sheet(8.5);
        sheet.Remove("premises");
        Assert.Contains(ChangchunFiles.Seed.CheckForm("assessment", sheet), e => e.Pointer == "/premises");
    }

    [Fact]
    public void RecordAssessment_FirstSideOnly_RecordsItAndWaitsForTheOtherSide()
    {
        const string before = """{"applied": true, "certified": false}""";
        var changes = UnitStateAfter(AssessmentSheets.Input(AssessmentSheets.Sheet(8.5), "adminAssessment", 2013, before));
        Assert.True(changes["adminPassed"]!.GetValue<bool>());
        Assert.False(changes.ContainsKey("certified"));
        Assert.False(AwardDue(Apply(before, changes)));
    }

    [Fact]
    public void RecordAssessment_SecondSidePassesAfterTheFirst_CertifiesAndTheAwardTaskIsCreated()
    {
        const string before = """{"applied": true, "certified": false, "adminPassed": true, "adminYear": 2013, "adminScore": 85}""";
        var changes = UnitStateAfter(AssessmentSheets.Input(AssessmentSheets.Sheet(8), "socialAssessment", 2013, before));
        Assert.True(changes["certified"]!.GetValue<bool>());
        Assert.Equal(2013, ChangchunFiles.Num(changes["certifiedYear"]));
        Assert.False(changes["applied"]!.GetValue<bool>());

        // The assessment's completion asks for the award after recording; the award's when rule takes the certified community.
        var onComplete = Programme.Tasks["socialAssessment"].OnComplete;
        Assert.Equal(
            [(ActionKind.RunRule, "recordAssessment"), (ActionKind.CreateTasks, "award")],
            onComplete.Select(a => (a.Kind, a.Target!)));
        Assert.True(AwardDue(Apply(before, changes)));
    }

    [Fact]
    public void RecordAssessment_OneSideBelowPassScore_NotCertifiedAndNoAward()
    {
        const string before = """{"applied": true, "certified": false, "adminPassed": true, "adminYear": 2013}""";
        var changes = UnitStateAfter(AssessmentSheets.Input(AssessmentSheets.Sheet(7.5), "socialAssessment", 2013, before));
        Assert.Equal(75, ChangchunFiles.Num(changes["socialScore"]));
        Assert.False(changes["socialPassed"]!.GetValue<bool>());
        Assert.False(changes.ContainsKey("certified"));
        Assert.False(AwardDue(Apply(before, changes)));
    }

    [Fact]
    public void RecordAssessment_HighScoreButRoomsUnder500_NotPassed()
    {
        var changes = UnitStateAfter(AssessmentSheets.Input(AssessmentSheets.Sheet(9.5, 499.99, 450), "adminAssessment", 2013, """{"applied": true}"""));
        Assert.False(changes["roomsOk"]!.GetValue<bool>());
        Assert.False(changes["adminPassed"]!.GetValue<bool>());
    }

    [Fact]
    public void RecordAssessment_CertifiedCommunityPassesReassessment_StaysCertifiedWithoutASecondAward()
    {
        const string before = """{"certified": true, "certifiedYear": 2013, "lastAssessedYear": 2013, "awardedForYear": 2013}""";
        var changes = UnitStateAfter(AssessmentSheets.Input(AssessmentSheets.Sheet(8.5), "periodicReassessment", 2014, before));
        Assert.False(changes.ContainsKey("certified"));
        Assert.False(changes.ContainsKey("delisted"));
        var after = Apply(before, changes);
        Assert.True(after["certified"]!.GetValue<bool>());
        Assert.Equal(2014, ChangchunFiles.Num(after["lastAssessedYear"]));
        Assert.False(AwardDue(after));
    }

    [Fact]
    public void RecordAssessment_CertifiedCommunityFailsReassessment_DeListed()
    {
        const string before = """{"certified": true, "certifiedYear": 2013, "lastAssessedYear": 2013, "awardedForYear": 2013}""";

        // The rooms were turned to other uses: 434 of 620 m² (70%) left for residents.
        var changes = UnitStateAfter(AssessmentSheets.Input(AssessmentSheets.Sheet(8.5, 620, 434), "periodicReassessment", 2014, before));
        Assert.False(changes["certified"]!.GetValue<bool>());
        Assert.True(changes["delisted"]!.GetValue<bool>());
        Assert.Equal(2014, ChangchunFiles.Num(changes["delistedYear"]));
        Assert.False(AwardDue(Apply(before, changes)));
        Assert.True(ChangchunFiles.Seed.Eval("mayApply", new JsonObject { ["unit"] = new JsonObject { ["id"] = "c1", ["state"] = Apply(before, changes) } })!.GetValue<bool>());
    }

    [Theory]
    [InlineData(2014, 1, true)]
    [InlineData(2013, 1, false)]
    [InlineData(2014, 2, false)]
    [InlineData(2015, 2, true)]
    public void DueForReassessment_CertifiedIn2013_ReassessedOnceTheIntervalHasPassed(int year, int interval, bool expected)
    {
        var input = ChangchunFiles.Parse($$$"""
            {"params": {"reassessmentIntervalYears": {{{interval}}}}, "now": "{{{year}}}-09-01T09:00:00+08:00",
             "unit": {"id": "c1", "type": "community", "state": {"certified": true, "lastAssessedYear": 2013} } }
            """);
        Assert.Equal(expected, ChangchunFiles.Seed.Eval("dueForReassessment", input)!.GetValue<bool>());
    }

    [Fact]
    public void Award_Template_IsForTheCommunityFromTheRewardFundAndFollowedByAFundReport()
    {
        var award = Programme.Tasks["award"];
        Assert.Null(award.Phase);
        Assert.Null(award.Schedule);
        Assert.Equal("awardDue", award.When);
        Assert.Equal(new Assignee("community", "director"), award.Assignee);
        Assert.Contains(award.Responsible, r => r.Code == "CC-CZJ");
        Assert.Contains(award.OnComplete, a => a.Kind == ActionKind.CreateTasks && a.Target == "fundUseReport");
        Assert.Equal(new Assignee("community", "adminAssessor"), Programme.Tasks["periodicReassessment"].Assignee);
        Assert.Equal("dueForReassessment", Programme.Tasks["periodicReassessment"].When);
    }
}
