namespace Workflows.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    /// <summary>Writes a variant of a test programme to a temporary file.</summary>
    public static string WriteTemp(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"workflows-cli-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
