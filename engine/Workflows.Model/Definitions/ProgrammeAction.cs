using System.Text.Json.Nodes;

namespace Workflows.Model.Definitions;

/// <summary>An action run on phase entry or exit, on a schedule fire or on a task's completion.</summary>
public sealed record ProgrammeAction(ActionKind Kind, string? Target, JsonObject? Values);
