using System.Collections.Concurrent;

namespace Workflows.Forms.Compilation;

/// <summary>
/// Compiled schemas by their JSON text, so that the same form schema (or the programme language schema) is checked
/// against the meta-schema and built once. Bounded: when full it starts afresh. Thread-safe.
/// </summary>
internal sealed class CompilationCache(int capacity)
{
    private readonly ConcurrentDictionary<string, FormSchemaCompilation> entries = new(StringComparer.Ordinal);

    public FormSchemaCompilation GetOrAdd(string key, Func<FormSchemaCompilation> compile)
    {
        if (entries.TryGetValue(key, out var cached)) return cached;
        var compiled = compile();
        if (entries.Count >= capacity) entries.Clear();
        return entries.GetOrAdd(key, compiled);
    }
}
