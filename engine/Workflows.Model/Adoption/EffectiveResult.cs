using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;

namespace Workflows.Model.Adoption;

/// <summary>The effective programme document, its model when valid, and every problem with the file it is in.</summary>
public sealed record EffectiveResult(JsonObject? Document, Programme? Programme, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Programme is not null && Diagnostics.Count == 0;
}
