using System.Text;

namespace Workflows.Forms.Documents;

/// <summary>RFC 6901 JSON Pointer text: escaping, unescaping and splitting.</summary>
internal static class PointerText
{
    public static string Escape(string segment) =>
        segment.Contains('~', StringComparison.Ordinal) || segment.Contains('/', StringComparison.Ordinal)
            ? segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            : segment;

    public static string Unescape(string segment) =>
        segment.Contains('~', StringComparison.Ordinal)
            ? segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
            : segment;

    public static string Append(string pointer, string segment) => pointer + "/" + Escape(segment);

    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Splits a pointer into unescaped segments; false when the text is not a JSON Pointer.</summary>
    public static bool TrySplit(string? pointer, out IReadOnlyList<string> segments)
    {
        segments = [];
        if (pointer is null) return false;
        if (pointer.Length == 0) return true;
        if (pointer[0] != '/') return false;
        var parts = pointer[1..].Split('/');
        var result = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (!IsWellEscaped(part)) return false;
            result.Add(Unescape(part));
        }

        segments = result;
        return true;
    }

    /// <summary>Decodes the fragment of a URI (<c>#/properties/a%20b</c>) into a JSON Pointer; null for anchors.</summary>
    public static string? FromUriFragment(string fragment)
    {
        var text = fragment.StartsWith('#') ? fragment[1..] : fragment;
        text = Uri.UnescapeDataString(text);
        return text.Length == 0 || text[0] == '/' ? text : null;
    }

    public static string Join(IEnumerable<string> segments)
    {
        var builder = new StringBuilder();
        foreach (var segment in segments) builder.Append('/').Append(Escape(segment));
        return builder.ToString();
    }

    private static bool IsWellEscaped(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (part[i] != '~') continue;
            if (i + 1 >= part.Length || (part[i + 1] != '0' && part[i + 1] != '1')) return false;
        }

        return true;
    }
}
