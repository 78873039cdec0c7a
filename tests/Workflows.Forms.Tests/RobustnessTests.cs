using System.Text.Json.Nodes;
using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class RobustnessTests
{
    private static readonly string[] FormNames =
    [
        "community", "area", "kind", "reportDate", "email", "website", "households", "ratio", "hasRentedPremises", "leaseYears",
        "tags", "leader", "members", "name", "phone", "idNumber",
    ];

    private static readonly string[] SchemaWords =
    [
        "type", "properties", "required", "items", "prefixItems", "minimum", "maximum", "exclusiveMinimum", "enum", "const",
        "pattern", "format", "minLength", "maxItems", "uniqueItems", "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
        "$ref", "$defs", "additionalProperties", "unevaluatedProperties", "contains", "minContains", "dependentRequired",
        "dependentSchemas", "multipleOf", "propertyNames", "x-message", "x-enumLabels", "$id", "$anchor", "a", "b",
    ];

    [Fact]
    public void Validate_ThousandsOfRandomValues_NeverThrows()
    {
        var schema = Check.Compile(CommunityForm.Schema);
        var generator = new RandomJson(20240501, FormNames);

        for (var i = 0; i < 4000; i++)
        {
            var data = generator.Next();
            var errors = schema.Validate(data);

            Assert.All(errors, AssertWellFormed);
        }
    }

    [Fact]
    public void Compile_ThousandsOfRandomSchemas_NeverThrows()
    {
        var generator = new RandomJson(7, SchemaWords);
        var data = new RandomJson(8, ["a", "b", "name"]);

        for (var i = 0; i < 1000; i++)
        {
            var compilation = FormSchema.Compile(generator.Next(5));
            Assert.Equal(compilation.Success, compilation.Schema is not null);
            Assert.Equal(compilation.Success, compilation.Errors.Count == 0);
            Assert.All(compilation.Errors, e => Assert.Equal("schema.invalid", e.Code));
            if (compilation.Schema is not { } schema) continue;

            for (var j = 0; j < 3; j++) Assert.All(schema.Validate(data.Next(4)), AssertWellFormed);
            _ = schema.TopLevelFields;
            _ = schema.HasField("/a/*/b");
        }
    }

    [Fact]
    public void CompileAndValidate_ThousandsOfRandomSchemaShapes_NeverThrow()
    {
        var generator = new RandomSchema(11);
        var data = new RandomJson(12, RandomSchema.Names);
        var compiled = 0;

        for (var i = 0; i < 1500; i++)
        {
            var compilation = FormSchema.Compile(generator.Next());
            Assert.All(compilation.Errors, e => Assert.Equal("schema.invalid", e.Code));
            if (compilation.Schema is not { } schema) continue;
            compiled++;

            for (var j = 0; j < 4; j++) Assert.All(schema.Validate(data.Next(4)), AssertWellFormed);
            _ = schema.HasField("/a/*/name");
        }

        Assert.InRange(compiled, 300, 1500);
    }

    [Fact]
    public void Validate_NumberBeyondDecimalInComparison_PointsAtTheNumber()
    {
        var error = Assert.Single(Check.Compile("""{"properties":{"a":{"const":1}}}""").Validate(JsonNode.Parse("""{"a":1e400}""")));

        Assert.Equal(("/a", "form.invalid"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_DeeplyNestedData_ReportsRootErrorWithoutThrowing()
    {
        JsonNode deep = new JsonArray();
        for (var i = 0; i < 100_000; i++) deep = new JsonArray(deep);

        var error = Assert.Single(Check.Compile("""{"items":{"$ref":"#"}}""").Validate(deep));

        Assert.Equal(("", "form.invalid"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_RecursiveSchemaOnNestedData_ReportsDeepPointer()
    {
        var data = JsonNode.Parse(string.Concat(Enumerable.Repeat("[", 60)) + "\"x\"" + string.Concat(Enumerable.Repeat("]", 60)));

        var error = Assert.Single(Check.Compile("""{"type":["array","integer"],"items":{"$ref":"#"}}""").Validate(data));

        Assert.Equal(string.Concat(Enumerable.Repeat("/0", 60)), error.Pointer);
    }

    [Fact]
    public void Validate_LongReferenceChainsOnDeepData_FitsAThreadPoolSizedStack()
    {
        var defs = new JsonObject();
        for (var i = 0; i < 30; i++) defs["d" + i] = new JsonObject { ["$ref"] = "#/$defs/d" + (i + 1) };
        defs["d30"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/d0" } };
        var schema = FormSchema.Compile(new JsonObject { ["$defs"] = defs, ["$ref"] = "#/$defs/d0" }).Schema!;
        var depth = 60;
        var data = JsonNode.Parse(
            string.Concat(Enumerable.Repeat("[", depth)) + "5" + string.Concat(Enumerable.Repeat("]", depth)),
            documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 });
        IReadOnlyList<FieldError>? errors = null;

        var thread = new Thread(() => errors = schema.Validate(data), 1536 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(string.Concat(Enumerable.Repeat("/0", depth)), Assert.Single(errors!).Pointer);
    }

    [Fact]
    public void Compile_DeeplyNestedSchemaWithinLimit_FitsAThreadPoolSizedStack()
    {
        var schema = new JsonObject();
        var current = schema;
        for (var i = 0; i < 30; i++)
        {
            var next = new JsonObject();
            current["properties"] = new JsonObject { ["a"] = next };
            current = next;
        }

        FormSchemaCompilation? compilation = null;
        var thread = new Thread(() => compilation = FormSchema.Compile(schema), 1536 * 1024);
        thread.Start();
        thread.Join();

        Assert.True(compilation!.Success);
    }

    [Fact]
    public void Compile_DeeplyNestedSchema_ReportsRootErrorWithoutThrowing()
    {
        var schema = new JsonObject();
        var current = schema;
        for (var i = 0; i < 10_000; i++)
        {
            var next = new JsonObject();
            current["items"] = next;
            current = next;
        }

        var compilation = FormSchema.Compile(schema);

        Assert.False(compilation.Success);
        Assert.Equal("", Assert.Single(compilation.Errors).Pointer);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("1e-400")]
    public void Validate_HugeOrTinyNumbers_NeverThrow(string number)
    {
        var schema = Check.Compile(
            """{"properties":{"n":{"type":"integer","minimum":0,"maximum":1e300,"multipleOf":0.01,"exclusiveMaximum":1e308}}}""");

        Assert.All(schema.Validate(JsonNode.Parse($$"""{"n":{{number}}}""")), AssertWellFormed);
    }

    [Fact]
    public void Validate_NumberThatIsNotJson_ReportsRootError()
    {
        var error = Assert.Single(Check.Compile("{}").Validate(new JsonObject { ["n"] = double.NaN }));

        Assert.Equal(("", "form.invalid"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_NullData_ReportsTypeAtRoot()
    {
        var error = Assert.Single(Check.Compile(CommunityForm.Schema).Validate((JsonNode?)null));

        Assert.Equal(("", "form.type"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_FromManyThreads_GivesTheSameErrorsAsSequentially()
    {
        var schema = Check.Compile(CommunityForm.Schema);
        var generator = new RandomJson(42, FormNames);
        var inputs = Enumerable.Range(0, 300).Select(_ => generator.Next()?.ToJsonString() ?? "null").ToList();
        var sequential = inputs.Select(i => schema.Validate(JsonNode.Parse(i))).ToList();

        var parallel = new IReadOnlyList<FieldError>[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = schema.Validate(JsonNode.Parse(inputs[i])));

        for (var i = 0; i < inputs.Count; i++) Assert.Equal(sequential[i], parallel[i]);
    }

    [Fact]
    public void Compile_FromManyThreads_ReturnsWorkingSchemas()
    {
        var results = new FormSchemaCompilation[64];

        Parallel.For(0, results.Length, i => results[i] = FormSchema.Compile(JsonNode.Parse(
            "{\"properties\":{\"n" + (i % 8) + "\":{\"minimum\":" + (i % 8) + "}}}")));

        for (var i = 0; i < results.Length; i++)
        {
            var error = Assert.Single(results[i].Schema!.Validate(JsonNode.Parse($$"""{"n{{i % 8}}":-1}""")));
            Assert.Equal($"/n{i % 8}", error.Pointer);
        }
    }

    private static void AssertWellFormed(FieldError error)
    {
        Assert.True(error.Pointer.Length == 0 || error.Pointer[0] == '/', error.Pointer);
        Assert.StartsWith("form.", error.Code, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
    }
}
