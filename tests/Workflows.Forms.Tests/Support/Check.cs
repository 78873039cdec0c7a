using System.Text.Json.Nodes;

namespace Workflows.Forms.Tests.Support;

/// <summary>Compiles schemas and validates data written as JSON text.</summary>
internal static class Check
{
    public static FormSchema Compile(string schemaJson)
    {
        var compilation = FormSchema.Compile(JsonNode.Parse(schemaJson));
        Assert.True(compilation.Success, string.Join("\n", compilation.Errors));
        Assert.Empty(compilation.Errors);
        return compilation.Schema!;
    }

    public static IReadOnlyList<FieldError> Validate(string schemaJson, string dataJson) =>
        Compile(schemaJson).Validate(JsonNode.Parse(dataJson));

    /// <summary>The only error, asserting there is exactly one.</summary>
    public static FieldError Single(string schemaJson, string dataJson)
    {
        var errors = Validate(schemaJson, dataJson);
        return Assert.Single(errors);
    }
}
