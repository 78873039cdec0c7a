namespace Workflows.Model.Diagnostics;

/// <summary>Builds RFC 6901 JSON Pointers: <c>Pointer.Of("tasks", "a/b", 0)</c> is <c>/tasks/a~1b/0</c>.</summary>
public static class Pointer
{
    public static string Of(params object[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        return string.Concat(segments.Select(s => "/" + Escape(Convert.ToString(s, System.Globalization.CultureInfo.InvariantCulture) ?? "")));
    }

    public static string Append(string pointer, params object[] segments) => pointer + Of(segments);

    public static string Escape(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }
}
