namespace Workflows.Forms.Messages;

/// <summary>What each <c>format</c> expects, said so that a person can fix the value.</summary>
internal static class FormatMessages
{
    private static readonly Dictionary<string, Bilingual> Known = new(StringComparer.Ordinal)
    {
        ["date"] = new("日期格式应为 YYYY-MM-DD", "Must be a date (YYYY-MM-DD)"),
        ["date-time"] = new("日期时间格式应为 YYYY-MM-DDTHH:mm:ss+08:00", "Must be a date and time (YYYY-MM-DDTHH:mm:ss+08:00)"),
        ["time"] = new("时间格式应为 HH:mm:ss+08:00", "Must be a time with its UTC offset (HH:mm:ss+08:00)"),
        ["duration"] = new("应为 ISO 8601 时长，如 P3Y、P30D", "Must be an ISO 8601 duration such as P3Y or P30D"),
        ["email"] = new("应为有效的电子邮箱地址", "Must be a valid email address"),
        ["idn-email"] = new("应为有效的电子邮箱地址", "Must be a valid email address"),
        ["uri"] = new("应为完整的网址（URI），如 https://example.com", "Must be a full URI such as https://example.com"),
        ["iri"] = new("应为完整的网址（IRI），如 https://example.com", "Must be a full IRI such as https://example.com"),
        ["uri-reference"] = new("应为有效的 URI 引用", "Must be a valid URI reference"),
        ["iri-reference"] = new("应为有效的 IRI 引用", "Must be a valid IRI reference"),
        ["uri-template"] = new("应为有效的 URI 模板", "Must be a valid URI template"),
        ["ipv4"] = new("应为 IPv4 地址，如 192.168.1.1", "Must be an IPv4 address such as 192.168.1.1"),
        ["ipv6"] = new("应为 IPv6 地址，如 2001:db8::1", "Must be an IPv6 address such as 2001:db8::1"),
        ["uuid"] = new("应为 UUID，如 123e4567-e89b-12d3-a456-426614174000", "Must be a UUID such as 123e4567-e89b-12d3-a456-426614174000"),
        ["hostname"] = new("应为有效的主机名，如 example.com", "Must be a valid host name such as example.com"),
        ["idn-hostname"] = new("应为有效的主机名，如 example.com", "Must be a valid host name such as example.com"),
        ["regex"] = new("应为有效的正则表达式", "Must be a valid regular expression"),
        ["json-pointer"] = new("应为 JSON Pointer，如 /a/b", "Must be a JSON Pointer such as /a/b"),
        ["relative-json-pointer"] = new("应为相对 JSON Pointer，如 1/a", "Must be a relative JSON Pointer such as 1/a"),
    };

    public static Bilingual For(string? format) =>
        format is null ? new("格式不正确", "Has the wrong format")
        : Known.TryGetValue(format, out var message) ? message
        : new($"格式应为 {format}", $"Must be in {format} format");
}
