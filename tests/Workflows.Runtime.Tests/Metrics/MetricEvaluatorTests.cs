using System.Text.Json.Nodes;
using Workflows.Runtime.Metrics;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Metrics;

public sealed class MetricEvaluatorTests
{
    [Fact]
    public void Share_AllCommunitiesAtDefaultThreeStars_IsMetAndOnTrack()
    {
        var h = RuntimeHarness.Governance();
        h.Start();

        var share = new MetricEvaluator(h.Runtime).Evaluate(h.InstanceId, "threeStarShare")!;

        Assert.Equal(1.0, share.Value);
        Assert.True(share.Met);
        Assert.True(share.OnTrack);
    }

    [Fact]
    public void Avg_NotMetBeforeDeadline_IsOnTrackThenOffTrackAfterIt()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-12-31");
        var evaluator = new MetricEvaluator(h.Runtime);

        var before = evaluator.Evaluate(h.InstanceId, "averageScore")!;
        h.AdvanceTo("2016-01-01");
        var after = evaluator.Evaluate(h.InstanceId, "averageScore")!;

        Assert.Equal(0, before.Value);
        Assert.False(before.Met);
        Assert.True(before.OnTrack);
        Assert.False(after.OnTrack);
    }

    [Fact]
    public void CompletionRate_SomeTasksCompleted_CountsCompletedOverAll()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");
        var id = h.Task("assessment", "c3").Id;
        h.Submit(id, "dir3", new JsonObject { ["score"] = 70 });
        h.Approve(id, "sr2");

        var values = new MetricEvaluator(h.Runtime).Evaluate(h.InstanceId).ToDictionary(v => v.Id);

        Assert.Equal(1.0 / 3, values["assessmentCompletion"].Value!.Value, 6);
        Assert.Equal(70.0 / 3, values["averageScore"].Value!.Value, 6);
        Assert.False(values["assessmentCompletion"].Met);
        Assert.True(values["assessmentCompletion"].OnTrack);
    }

    [Fact]
    public void OnTimeRate_LateAndOnTimeSubmissions_RatesThoseDecided()
    {
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2014-06-01");
        h.Run(new Commands.SubmitTask(h.Task("gridSurvey", "g1").Id, null) { IdempotencyKey = h.NextKey(), Actor = "gw1" });
        h.AdvanceTo("2014-07-02");
        h.Run(new Commands.SubmitTask(h.Task("gridSurvey", "g3").Id, null) { IdempotencyKey = h.NextKey(), Actor = "gw3" });

        var rate = new MetricEvaluator(h.Runtime).Evaluate(h.InstanceId, "surveyOnTime")!;

        Assert.Equal(5, rate.Count);
        Assert.Equal(0.2, rate.Value!.Value, 6);
        Assert.False(rate.Met);
        Assert.True(rate.OnTrack); // no deadline: it can still be met
    }

    [Fact]
    public void Share_SameEvaluatorAcrossAStateChange_SeesTheNewStarLevels()
    {
        // threeStarOrBetter reads only unit.state, so its results are remembered per unit state version: a re-rating
        // that lowers c2 must still lower the share an evaluator that already saw 3/3 reports.
        var h = RuntimeHarness.Governance();
        h.Start();
        h.AdvanceTo("2015-09-01");
        var evaluator = new MetricEvaluator(h.Runtime);
        var before = evaluator.Evaluate(h.InstanceId, "threeStarShare")!;
        Execution.EffectTests.Assess(h, "c1", "dir1", 95);
        Execution.EffectTests.Assess(h, "c2", "dir2", 45);
        Execution.EffectTests.Assess(h, "c3", "dir3", 65);

        h.AdvanceTo("2016-12-15");
        var after = evaluator.Evaluate(h.InstanceId, "threeStarShare")!;

        Assert.Equal(1.0, before.Value);
        Assert.Equal("2", h.UnitState("c2", "starLevel")!.ToJsonString());
        Assert.Equal(2.0 / 3, after.Value!.Value, 6);
        Assert.Equal(after.Value, new MetricEvaluator(h.Runtime).Evaluate(h.InstanceId, "threeStarShare")!.Value);
    }
}
