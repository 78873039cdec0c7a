using System.Text.Json.Nodes;
using Workflows.Forms;

namespace Workflows.Model.Reading;

/// <summary>The published language schemas, embedded from <c>programmes/schema/</c> and compiled once.</summary>
public static class LanguageSchemas
{
    private static readonly Lazy<FormSchema> ProgrammeSchema = new(() => Load("Workflows.Model.programme.schema.json"));
    private static readonly Lazy<FormSchema> OverlaySchemaLazy = new(() => Load("Workflows.Model.overlay.schema.json"));

    public static FormSchema Programme => ProgrammeSchema.Value;

    public static FormSchema Overlay => OverlaySchemaLazy.Value;

    private static FormSchema Load(string resource)
    {
        using var stream = typeof(LanguageSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The build did not embed {resource}.");
        var compilation = FormSchema.Compile(JsonNode.Parse(stream));
        return compilation.Schema ?? throw new InvalidOperationException($"{resource} is not a valid JSON Schema: {string.Join("; ", compilation.Errors)}");
    }
}
