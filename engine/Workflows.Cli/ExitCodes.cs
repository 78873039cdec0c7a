namespace Workflows.Cli;

/// <summary>The exit codes every command shares.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input was read and is invalid (or a rule failed).</summary>
    public const int Invalid = 1;

    /// <summary>The command line is wrong, or a file cannot be read.</summary>
    public const int Usage = 2;
}
