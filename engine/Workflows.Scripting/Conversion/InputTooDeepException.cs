namespace Workflows.Scripting.Conversion;

/// <summary>The rule input nests deeper than <see cref="JsonToJs.MaxDepth"/>.</summary>
internal sealed class InputTooDeepException : Exception
{
    public InputTooDeepException()
        : base("The rule input nests too deeply.")
    {
    }

    public InputTooDeepException(string message)
        : base(message)
    {
    }

    public InputTooDeepException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
