using System.Text.Json;

namespace Workflows.Forms.Documents;

/// <summary>
/// Numbers JsonSchema.Net 8.0.5 cannot compare: it compares numbers (for <c>enum</c>, <c>const</c>,
/// <c>uniqueItems</c>) as <see cref="decimal"/> and throws on anything outside its range (<c>1e400</c>, <c>1e29</c>).
/// </summary>
internal static class NumberRange
{
    private const int MaxReported = 20;

    /// <summary>Pointers (relative to <paramref name="prefix"/>) of the numbers in a value that are not decimals.</summary>
    public static List<string> Unrepresentable(JsonElement root, string prefix = "")
    {
        var found = new List<string>();
        var stack = new Stack<(JsonElement Value, string Pointer)>();
        stack.Push((root, prefix));
        while (stack.Count > 0 && found.Count < MaxReported)
        {
            var (value, pointer) = stack.Pop();
            switch (value.ValueKind)
            {
                case JsonValueKind.Number when !value.TryGetDecimal(out _):
                    found.Add(pointer);
                    break;
                case JsonValueKind.Object:
                    foreach (var member in value.EnumerateObject()) stack.Push((member.Value, PointerText.Append(pointer, member.Name)));
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray()) stack.Push((item, PointerText.Append(pointer, index++)));
                    break;
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
