using System.Text.Json.Nodes;

namespace Workflows.Model.Tests.Support;

/// <summary>Finds files of the repository the tests run in, so tests use the real programmes and schema.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static JsonObject ReadObject(string relative) => JsonNode.Parse(File.ReadAllText(PathOf(relative)))!.AsObject();

    /// <summary>Every programme document in the repository: the seed programmes and the schema examples.</summary>
    public static IEnumerable<string> Programmes() =>
        Directory.EnumerateFiles(PathOf("programmes"), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) == "programme.json" || f.EndsWith(".programme.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Workflows.sln not found above " + AppContext.BaseDirectory);
    }
}
