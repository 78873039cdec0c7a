using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;

namespace Workflows.Scripting.Hosting;

/// <summary>
/// Reads the name and message of whatever a rule threw, touching own data properties only. Formatting the value the
/// usual way (<c>toString</c>, a <c>message</c> getter, a proxy) would run the rule's code again outside the sandbox's
/// limits, so anything that would is left out.
/// </summary>
internal static class ErrorText
{
    private const int MaxPrototypeHops = 8;
    private const int MaxLength = 500;

    public static (string Name, string Message) Read(JsValue thrown)
    {
        if (thrown is not ObjectInstance obj)
        {
            return ("", Clip(thrown.Type switch
            {
                Types.String => thrown.AsString(),
                Types.Number or Types.Boolean or Types.BigInt or Types.Null or Types.Undefined => thrown.ToString(),
                _ => "uncaught exception",
            }));
        }

        var name = DataString(obj, "name") ?? "";
        var message = DataString(obj, "message") ?? "uncaught exception";
        return (Clip(name), Clip(message));
    }

    private static string? DataString(ObjectInstance start, string key)
    {
        var current = start;
        for (var hop = 0; hop < MaxPrototypeHops && current is not null; hop++)
        {
            var ordinary = current is ErrorInstance
                || current.Engine.Advanced.GetPropertyAccessSemantics(current) == PropertyAccessSemantics.Ordinary;
            if (!ordinary)
            {
                return null;
            }

            var descriptor = current.GetOwnProperty(key);
            if (descriptor != Jint.Runtime.Descriptors.PropertyDescriptor.Undefined)
            {
                return descriptor.IsDataDescriptor() && descriptor.Value is JsString text ? text.ToString() : null;
            }

            current = current.Prototype;
        }

        return null;
    }

    private static string Clip(string text) => text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
}
