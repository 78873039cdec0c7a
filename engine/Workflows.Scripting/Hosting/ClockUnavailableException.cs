namespace Workflows.Scripting.Hosting;

/// <summary>A rule read the clock during an evaluation whose input had no usable <c>now</c>.</summary>
internal sealed class ClockUnavailableException : Exception
{
    public ClockUnavailableException()
        : base("The rule input has no usable now.")
    {
    }

    public ClockUnavailableException(string message)
        : base(message)
    {
    }

    public ClockUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
