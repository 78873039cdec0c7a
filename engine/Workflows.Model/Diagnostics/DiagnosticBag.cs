namespace Workflows.Model.Diagnostics;

/// <summary>Collects every problem of one document so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(string pointer, string code, string zh, string en) => _items.Add(new Diagnostic(pointer, code, zh, en));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>
    /// Where the schema and a semantic check both flag the same node (a cron string that fits the schema's
    /// pattern loosely, a date that is well-formed but impossible), keeps only the semantic one: it says more.
    /// </summary>
    public void PreferSpecific(int firstSpecific)
    {
        var specific = _items.Skip(firstSpecific).Select(d => d.Pointer).ToHashSet(StringComparer.Ordinal);
        var general = _items.Take(firstSpecific).Where(d => !specific.Contains(d.Pointer)).ToList();
        _items.RemoveRange(0, firstSpecific);
        _items.InsertRange(0, general);
    }
}
