using System.Text.Json.Nodes;
using Workflows.Model.Diagnostics;
using Workflows.Model.Validation;
using Workflows.Model.Wire;
using Workflows.Scripting;

namespace Workflows.Model.Reading;

/// <summary>
/// Reads a programme: JSON → the published schema → versioned wire types → semantic checks → immutable model.
/// Never throws on any input; every problem is reported with its JSON Pointer, code and zh/en message.
/// </summary>
public sealed class ProgrammeReader(RuleSandbox? sandbox = null)
{
    public const string Language = "workflows/1";

    private readonly RuleSandbox _sandbox = sandbox ?? new RuleSandbox();

    public RuleSandbox Sandbox => _sandbox;

    public ReadResult Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = JsonDocumentReader.Parse(text, diagnostics);
        return document is null ? new ReadResult(null, diagnostics.Items) : Read(document, diagnostics);
    }

    public ReadResult Read(JsonObject document) => Read(document, new DiagnosticBag());

    private ReadResult Read(JsonObject document, DiagnosticBag diagnostics)
    {
        try
        {
            JsonDocumentReader.CheckSchema(document, LanguageSchemas.Programme, diagnostics);
            var schemaErrors = diagnostics.Items.Count;
            var wire = JsonDocumentReader.Deserialize<ProgrammeV1>(document);
            var programme = wire is null ? null : ProgrammeBinder.Bind(wire, document, diagnostics, _sandbox);
            diagnostics.PreferSpecific(schemaErrors);
            return new ReadResult(diagnostics.HasErrors ? null : programme, diagnostics.Items);
        }
#pragma warning disable CA1031 // The validator's contract is to report, never to throw; a defect here becomes a diagnostic that tests look for.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Add("", "validator.internal", $"验证器内部错误：{e.GetType().Name}", $"Internal validator error: {e.GetType().Name}: {e.Message}");
            return new ReadResult(null, diagnostics.Items);
        }
    }
}
