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
    public void Check_RepeatedAndDistinctSources_SameVerdictsAsDirect()
    {
        var form = ScoreForm();
        var remembering = new RememberingFormChecker();
        var inputs = new[] { """{"score":70}""", """{"score":"high"}""", """{"score":70}""", "{}", """{"score":"high"}""", """{"score":101}""" };

        var sources = inputs.Distinct().ToDictionary(t => t, t => JsonNode.Parse(t)!.AsObject());
        foreach (var text in inputs.Concat(inputs))
        {
            var source = sources[text];
            var direct = FormChecker.Direct.Check(form, source.DeepClone().AsObject(), source).Select(e => e.Pointer + " " + e.Code).ToArray();
            var remembered = remembering.Check(form, source.DeepClone().AsObject(), source).Select(e => e.Pointer + " " + e.Code).ToArray();
            Assert.Equal(direct, remembered);
        }

        Assert.Empty(FormChecker.Direct.Check(form, JsonNode.Parse("""{"score":70}""")!.AsObject(), null));
        Assert.NotEmpty(remembering.Check(form, JsonNode.Parse("""{"score":"high"}""")!.AsObject(), null));
    }

    [Fact]
    public void Check_MoreDistinctDataThanRemembered_StillChecksEach()
    {
        var form = ScoreForm();
        var remembering = new RememberingFormChecker();
        for (var i = 0; i < RememberingFormChecker.MaxPerForm + 10; i++)
        {
            var source = new JsonObject { ["score"] = i % 100 };
            remembering.Check(form, source, source);
        }

        var late = new JsonObject { ["score"] = "late" };
        Assert.NotEmpty(remembering.Check(form, late, late));
        var fine = new JsonObject { ["score"] = 42 };
        Assert.Empty(remembering.Check(form, fine, fine));
    }
}
