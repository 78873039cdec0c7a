using System.Text.Json.Nodes;
using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class CompileTests
{
    [Theory]
    [InlineData("""{"type":5}""", "/type")]
    [InlineData("""{"minimum":"x"}""", "/minimum")]
    [InlineData("""{"properties":[]}""", "/properties")]
    [InlineData("""{"properties":{"area":{"type":"nmber"}}}""", "/properties/area/type")]
    [InlineData("""{"properties":{"members":{"items":{"properties":{"age":{"minimum":"18"}}}}}}""", "/properties/members/items/properties/age/minimum")]
    [InlineData("""{"required":"name"}""", "/required")]
    [InlineData("""{"pattern":"("}""", "/pattern")]
    [InlineData("""{"$ref":"#/$defs/missing"}""", "/$ref")]
    [InlineData("""{"properties":{"a":{"$ref":"other.schema.json"}}}""", "/properties/a/$ref")]
    [InlineData("5", "")]
    [InlineData("null", "")]
    public void Compile_InvalidSchema_ReportsSchemaPointer(string schema, string pointer)
    {
        var compilation = FormSchema.Compile(JsonNode.Parse(schema));

        Assert.False(compilation.Success);
        Assert.Null(compilation.Schema);
        var error = Assert.Single(compilation.Errors);
        Assert.Equal(("schema.invalid", pointer), (error.Code, error.Pointer));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
    }

    [Fact]
    public void Compile_WrongTypeKeyword_SaysWhatIsAllowed()
    {
        var error = Assert.Single(FormSchema.Compile(JsonNode.Parse("""{"minimum":"x"}""")).Errors);

        Assert.Equal("应为数字", error.MessageZh);
        Assert.Equal("Must be a number", error.MessageEn);
    }

    [Fact]
    public void Compile_SeveralProblems_ReportsAll()
    {
        var compilation = FormSchema.Compile(JsonNode.Parse("""{"type":5,"minimum":"x","properties":{"a":{"maxLength":-1}}}"""));

        Assert.Equal(["/minimum", "/properties/a/maxLength", "/type"], compilation.Errors.Select(e => e.Pointer).Order());
    }

    [Theory]
    [InlineData("""{"$ref":"#"}""", "/$ref")]
    [InlineData("""{"anyOf":[{"$ref":"#/$defs/a"}],"$defs":{"a":{"allOf":[{"not":{"$ref":"#"}}]}}}""", "/$defs/a/allOf/0/not/$ref")]
    [InlineData("""{"properties":{"a":{"$ref":"#/$defs/b"}},"$defs":{"b":{"if":{"$ref":"#/$defs/c"}},"c":{"then":true,"$ref":"#/$defs/b"}}}""", "/$defs/b/if/$ref")]
    public void Compile_ReferenceLoopOnTheSameValue_IsRejectedWhereItCloses(string schema, string pointer)
    {
        var error = Assert.Single(FormSchema.Compile(JsonNode.Parse(schema)).Errors);

        Assert.Equal(("schema.invalid", pointer), (error.Code, error.Pointer));
        Assert.Equal("The references form a loop: evaluation would never end", error.MessageEn);
    }

    [Fact]
    public void Compile_RecursionThroughMembers_IsAccepted()
    {
        var schema = Check.Compile("""{"$defs":{"node":{"type":"object","properties":{"children":{"items":{"$ref":"#/$defs/node"}}}}},"$ref":"#/$defs/node"}""");

        Assert.Equal("/children/0/children/1", Assert.Single(schema.Validate(JsonNode.Parse("""{"children":[{"children":[{},5]}]}"""))).Pointer);
    }

    [Fact]
    public void Compile_OverlongReferenceChain_IsRejected()
    {
        var defs = new JsonObject();
        for (var i = 0; i < 100; i++) defs["d" + i] = new JsonObject { ["$ref"] = "#/$defs/d" + (i + 1) };
        defs["d100"] = new JsonObject { ["type"] = "string" };

        var compilation = FormSchema.Compile(new JsonObject { ["$defs"] = defs, ["$ref"] = "#/$defs/d0" });

        Assert.False(compilation.Success);
        Assert.Contains(compilation.Errors, e => e.MessageEn.Contains("too long", StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_EnumWithNumberBeyondDecimal_IsRejectedAtTheNumber()
    {
        var error = Assert.Single(FormSchema.Compile(JsonNode.Parse("""{"properties":{"a":{"enum":[1,1e400]}}}""")).Errors);

        Assert.Equal("/properties/a/enum/1", error.Pointer);
    }

    [Fact]
    public void Compile_NullNode_ReportsRootError()
    {
        var compilation = FormSchema.Compile(null);

        Assert.False(compilation.Success);
        Assert.Equal("", Assert.Single(compilation.Errors).Pointer);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("{}")]
    [InlineData("""{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object"}""")]
    [InlineData("""{"type":"string","x-message":{"zh":"请填写","en":"Fill in"},"x-ui":{"widget":"textarea"}}""")]
    [InlineData("""{"$id":"https://workflows.example/forms/a.json","$defs":{"p":{"$anchor":"person","type":"object"}},"items":{"$ref":"#person"}}""")]
    [InlineData("""{"properties":{"schema":{"$ref":"https://json-schema.org/draft/2020-12/schema"}}}""")]
    public void Compile_ValidSchema_Succeeds(string schema)
    {
        var compilation = FormSchema.Compile(JsonNode.Parse(schema));

        Assert.True(compilation.Success, string.Join("\n", compilation.Errors));
        Assert.NotNull(compilation.Schema);
        Assert.Empty(compilation.Errors);
    }

    [Fact]
    public void Compile_SameSchemaTwice_ReturnsCachedCompilation()
    {
        var first = FormSchema.Compile(JsonNode.Parse(CommunityForm.Schema));
        var second = FormSchema.Compile(JsonNode.Parse(CommunityForm.Schema));

        Assert.Same(first, second);
    }

    [Fact]
    public void Compile_TwoSchemasWithTheSameId_DoNotInterfere()
    {
        var strict = Check.Compile("""{"$id":"https://workflows.example/forms/f.json","type":"integer"}""");
        var loose = Check.Compile("""{"$id":"https://workflows.example/forms/f.json","type":"string"}""");

        Assert.Empty(strict.Validate(JsonValue.Create(1)));
        Assert.Empty(loose.Validate(JsonValue.Create("一")));
    }

    [Fact]
    public void Validate_AgainstEmbeddedMetaSchemaReference_ReportsSchemaErrors()
    {
        var error = Check.Single(
            """{"properties":{"schema":{"$ref":"https://json-schema.org/draft/2020-12/schema"}}}""",
            """{"schema":{"type":5}}""");

        Assert.Equal("/schema/type", error.Pointer);
    }

    [Fact]
    public void Compile_SchemaWithOwnDraft_UsesIt()
    {
        var schema = Check.Compile("""{"$schema":"http://json-schema.org/draft-07/schema#","properties":{"a":{"exclusiveMinimum":0}}}""");

        Assert.Equal("form.exclusiveMinimum", Assert.Single(schema.Validate(JsonNode.Parse("""{"a":0}"""))).Code);
    }
}
