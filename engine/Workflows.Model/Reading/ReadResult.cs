using Workflows.Model.Definitions;
using Workflows.Model.Diagnostics;

namespace Workflows.Model.Reading;

/// <summary>The outcome of reading a programme: the model when it is valid, and every problem found.</summary>
public sealed record ReadResult(Programme? Programme, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => Programme is not null && Diagnostics.Count == 0;
}
