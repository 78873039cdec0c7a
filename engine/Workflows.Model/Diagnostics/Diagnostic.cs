namespace Workflows.Model.Diagnostics;

/// <summary>
/// One problem found in a document: where (<see cref="Pointer"/>, RFC 6901, into the document as written),
/// what (<see cref="Code"/>, stable, for tools and tests) and why, in Chinese and English.
/// </summary>
public sealed record Diagnostic(string Pointer, string Code, string MessageZh, string MessageEn)
{
    /// <summary>The file the pointer refers into, when a problem spans several documents (base, overlays, <c>--set</c>).</summary>
    public string? File { get; init; }

    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Code}: {MessageZh} / {MessageEn}";
}
