namespace Workflows.Benchmarks.Fixtures;

/// <summary>Finds the repository's programmes directory from the benchmark's output directory (BenchmarkDotNet runs a generated copy further down).</summary>
public static class RepositoryFiles
{
    public static string Programme(string name, string file)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "programmes", name, file);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"programmes/{name}/{file} not found above {AppContext.BaseDirectory}");
    }
}
