using System.Text.Json.Nodes;
using Workflows.Model.Validation;

namespace Workflows.Model.Tests.Validation;

public class JsonEquivalenceTests
{
    [Theory]
    [InlineData("1", "1.0", true)]
    [InlineData("1", "2", false)]
    [InlineData("\"a\"", "\"a\"", true)]
    [InlineData("\"a\"", "\"b\"", false)]
    [InlineData("\"1\"", "1", false)]
    [InlineData("1", "\"1\"", false)]
    [InlineData("true", "true", true)]
    [InlineData("true", "false", false)]
    [InlineData("false", "null", false)]
    [InlineData("null", "null", true)]
    [InlineData("0", "false", false)]
    [InlineData("{\"a\":1,\"b\":[1,\"x\",true]}", "{\"b\":[1.0,\"x\",true],\"a\":1}", true)]
    [InlineData("{\"a\":1,\"b\":[1,\"x\",true]}", "{\"b\":[1,\"y\",true],\"a\":1}", false)]
    public void AreEquivalent_ParsedValues(string a, string b, bool expected)
    {
        Assert.Equal(expected, JsonEquivalence.AreEquivalent(JsonNode.Parse(a), JsonNode.Parse(b)));
        Assert.Equal(expected, JsonEquivalence.AreEquivalent(JsonNode.Parse(b), JsonNode.Parse(a)));
    }

    [Fact]
    public void AreEquivalent_BuiltAndParsedValues_CompareByValue()
    {
        Assert.True(JsonEquivalence.AreEquivalent(JsonValue.Create("星级"), JsonNode.Parse("\"星级\"")));
        Assert.True(JsonEquivalence.AreEquivalent(JsonValue.Create(true), JsonNode.Parse("true")));
        Assert.False(JsonEquivalence.AreEquivalent(JsonValue.Create(false), JsonNode.Parse("true")));
        Assert.True(JsonEquivalence.AreEquivalent(JsonValue.Create(3), JsonNode.Parse("3.0")));
        Assert.True(JsonEquivalence.AreEquivalent(null, JsonNode.Parse("null")));
        Assert.False(JsonEquivalence.AreEquivalent(null, JsonValue.Create("")));
    }
}
