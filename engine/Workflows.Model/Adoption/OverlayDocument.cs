using System.Text.Json.Nodes;

namespace Workflows.Model.Adoption;

/// <summary>An overlay as read from a file: its name (for error reports) and its JSON.</summary>
public sealed record OverlayDocument(string File, JsonObject Json);
