using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Runtime.State;

namespace Workflows.Runtime.Execution;

/// <summary>Compact JSON text for event payloads; Chinese stays readable in the audit log.</summary>
internal static class EventJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = false };

    private static readonly string[] StateTexts = Enum.GetValues<TaskState>().Select(s => JsonSerializer.Serialize(s.ToString())).ToArray();

    public static string Of(JsonNode? node) => node is null ? "null" : node.ToJsonString(Options);

    public static string Of(TaskState state) => StateTexts[(int)state];

    public static string Of(string text) => JsonSerializer.Serialize(text, Options);
}
