using System.Text.Json.Nodes;

namespace Workflows.Runtime.Commands;

/// <summary>Keeps form data without validating it.</summary>
public sealed record SaveDraft(string TaskId, JsonObject Data) : RuntimeCommand;
