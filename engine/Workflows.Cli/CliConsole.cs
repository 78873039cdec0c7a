namespace Workflows.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems and progress to <see cref="Error"/>.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Reports a usage problem (bad argument, unreadable file) and returns the usage exit code.</summary>
    public int Usage(string zh, string en)
    {
        Error.WriteLine($"{zh} / {en}");
        return ExitCodes.Usage;
    }
}
