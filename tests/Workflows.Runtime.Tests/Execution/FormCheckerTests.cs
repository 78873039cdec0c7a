using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Runtime.Execution;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Execution;

/// <summary>The simulator's remembering checker gives the direct checker's verdict for every data, remembered or not.</summary>
public sealed class FormCheckerTests
{
    private static Form ScoreForm()
    {
        return TestFiles.GovernanceProgramme.Forms["assessment"];
    }

    [Fact]
    public void Check_RepeatedAndDistinctData_SameVerdictsAsDirect()
    {
        var form = ScoreForm();
        var remembering = new RememberingFormChecker();
        var inputs = new[] { """{"score":70}""", """{"score":"high"}""", """{"score":70}""", "{}", """{"score":"high"}""", """{"score":101}""" };

        foreach (var text in inputs)
        {
            var data = JsonNode.Parse(text)!.AsObject();
            var direct = FormChecker.Direct.Check(form, data).Select(e => e.Pointer + " " + e.Code).ToArray();
            var remembered = remembering.Check(form, data).Select(e => e.Pointer + " " + e.Code).ToArray();
            Assert.Equal(direct, remembered);
        }

        Assert.Empty(FormChecker.Direct.Check(form, JsonNode.Parse("""{"score":70}""")!.AsObject()));
        Assert.NotEmpty(remembering.Check(form, JsonNode.Parse("""{"score":"high"}""")!.AsObject()));
    }

    [Fact]
    public void Check_MoreDistinctDataThanRemembered_StillChecksEach()
    {
        var form = ScoreForm();
        var remembering = new RememberingFormChecker();
        for (var i = 0; i < RememberingFormChecker.MaxPerForm + 10; i++)
        {
            remembering.Check(form, new JsonObject { ["score"] = i % 100 });
        }

        Assert.NotEmpty(remembering.Check(form, new JsonObject { ["score"] = "late" }));
        Assert.Empty(remembering.Check(form, new JsonObject { ["score"] = 42 }));
    }
}
