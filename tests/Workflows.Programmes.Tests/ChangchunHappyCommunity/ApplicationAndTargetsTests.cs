using NodaTime;
using Workflows.Model.Validation;
using Workflows.Scripting;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>The yearly application form, who leads the work, the targets, and what the Jilin overlay changes.</summary>
public sealed class ApplicationAndTargetsTests
{
    [Fact]
    public void ApplicationForm_ApplyingWithoutTheDeclaration_ReportsEachMissingAnswer()
    {
        var errors = ChangchunFiles.Seed.CheckForm("application", ChangchunFiles.Parse("""
            {"apply": true, "applicationYear": 2013, "contact": {"name": "李淑华", "phone": "13904317788"}}
            """));
        Assert.Equal(
            ["/evidence", "/highlights", "/residentActivityArea", "/residentsMeetingOn", "/roomArea", "/selfScore"],
            errors.Select(e => e.Pointer).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal("form.required", e.Code));
    }

    [Fact]
    public void ApplicationForm_NotApplyingWithoutAReason_RejectedAtTheReason()
    {
        var form = ChangchunFiles.Parse("""{"apply": false, "applicationYear": 2013, "contact": {"name": "李淑华", "phone": "13904317788"}}""");
        Assert.Equal("/reasonNotApplying", Assert.Single(ChangchunFiles.Seed.CheckForm("application", form)).Pointer);
        form["reasonNotApplying"] = "用房仅 320 平方米，正在协调置换。";
        Assert.Empty(ChangchunFiles.Seed.CheckForm("application", form));
    }

    [Theory]
    [InlineData("adminAssessment")]
    [InlineData("socialAssessment")]
    [InlineData("periodicReassessment")]
    [InlineData("award")]
    public void Tasks_CampaignWork_LedByTheCityCivilAffairsBureau(string template)
    {
        var task = ChangchunFiles.Seed.Programme.Tasks[template];
        Assert.Equal("CC-MZJ", task.Lead!.Code);
        Assert.Equal("市民政局", task.Lead.Name!.Zh);
        Assert.NotEmpty(task.Responsible);
    }

    [Fact]
    public void CertifiedShareMetric_Defaults_HalfOfTheCommunitiesByTheEndOf2015()
    {
        var metric = ChangchunFiles.Seed.Programme.Metrics["certifiedShare"];
        Assert.Equal(0.5, metric.Target!.Value);
        Assert.Equal(">=", metric.Target.Op);
        Assert.Equal(new LocalDate(2015, 12, 31), metric.Deadline);
        var jilin = ChangchunFiles.Jilin.Metrics["certifiedShare"];
        Assert.Equal(0.6, jilin.Target!.Value);
        Assert.Equal(new LocalDate(2029, 12, 31), jilin.Deadline);
    }

    [Theory]
    [InlineData(8.4, false)]
    [InlineData(8.5, true)]
    public void RecordAssessment_JilinPassScore85_84PointsNoLongerPass(double each, bool passes)
    {
        var jilin = ChangchunFiles.Jilin;
        var input = AssessmentSheets.Input(AssessmentSheets.Sheet(8.5, 650, 530), "adminAssessment", 2027, """{"applied": true}""");
        foreach (var area in AssessmentSheets.Areas)
        {
            input["form"]![area]!["score"] = area == "mechanisms" ? 10 * each - 9 * 8.5 : 8.5;
        }

        var outcome = new RuleSandbox().Evaluate(jilin.Rules["recordAssessment"].Compiled, RuleInput.ForTest(input, jilin.ParameterValues));
        Assert.True(outcome.Success, outcome.Error?.MessageEn);
        Assert.Equal(passes, outcome.Value!["unitState"]!["adminPassed"]!.GetValue<bool>());

        // The same sheet passes under Changchun's 80 points.
        Assert.True(ChangchunFiles.Seed.Eval("recordAssessment", input)!["unitState"]!["adminPassed"]!.GetValue<bool>());
    }
}
