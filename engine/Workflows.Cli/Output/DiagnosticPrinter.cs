using System.Text.Json.Nodes;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Cli.Output;

/// <summary>Prints diagnostics as text lines (<c>file:pointer: code: 中文 / English</c>) or as a JSON array.</summary>
public static class DiagnosticPrinter
{
    public static void PrintText(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{d.File}:{(d.Pointer.Length == 0 ? "/" : d.Pointer)}: {d.Code}: {d.MessageZh} / {d.MessageEn}");
        }
    }

    public static JsonArray ToJson(IEnumerable<Diagnostic> diagnostics) =>
        new(diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["file"] = d.File,
            ["pointer"] = d.Pointer,
            ["code"] = d.Code,
            ["message_zh"] = d.MessageZh,
            ["message_en"] = d.MessageEn,
        }).ToArray());

    public static void PrintJson(TextWriter writer, JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(node);
        writer.WriteLine(node.ToJsonString(WireJson.Options));
    }
}
