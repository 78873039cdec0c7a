using System.Text.Json.Nodes;
using Workflows.Model.Reading;
using Workflows.Model.Tests.Support;
using Workflows.Scripting;

namespace Workflows.Model.Tests.Validation;

/// <summary>The validator's contract: whatever it is given, it reports and never throws.</summary>
public class ValidatorPropertyTests
{
    // Tight limits keep thousands of mutated rules (some of them endless loops) quick.
    private static readonly ProgrammeReader Reader = new(new RuleSandbox(new SandboxLimits(TimeSpan.FromMilliseconds(50), 10_000, 4_000_000, 32)));

    [Fact]
    public void Read_ThousandsOfMutatedProgrammes_NeverThrowsNorFailsInternally()
    {
        var bases = Repository.Programmes().Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        Assert.NotEmpty(bases);
        var mutator = new JsonMutator(seed: 20141);
        var rejected = 0;
        const int Runs = 1200;
        for (var i = 0; i < Runs; i++)
        {
            var mutated = mutator.Mutate(bases[i % bases.Count], changes: 1 + (i % 4));
            var result = Reader.Read(mutated.ToJsonString());
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "validator.internal");
            Assert.Equal(result.Programme is null, result.Diagnostics.Count > 0);
            rejected += result.IsValid ? 0 : 1;
        }

        // Most random changes break something; if almost none are rejected the validator is not looking.
        Assert.True(rejected > Runs / 2, $"only {rejected} of {Runs} mutations were rejected");
    }

    [Fact]
    public void Read_RandomJson_NeverThrowsNorFailsInternally()
    {
        var mutator = new JsonMutator(seed: 54321);
        for (var i = 0; i < 2000; i++)
        {
            var text = mutator.RandomValue(0)?.ToJsonString() ?? "null";
            var result = Reader.Read(text);
            Assert.False(result.IsValid);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "validator.internal");
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,2")]
    [InlineData("\"text\"")]
    [InlineData("{\"a\":1,}")]
    public void Read_BrokenJson_ReportsSyntaxOrShape(string text)
    {
        var result = Reader.Read(text);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(diagnostic.Code, new[] { "json.syntax", "json.notObject" });
        Assert.Equal("", diagnostic.Pointer);
    }

    [Fact]
    public void Read_DeeplyNestedJson_ReportsInsteadOfThrowing()
    {
        var text = new string('[', 5000) + new string(']', 5000);
        var result = Reader.Read("{\"notes\":" + text + "}");
        Assert.Contains(result.Diagnostics, d => d.Code == "json.syntax");
    }
}
