using System.Text.Json.Nodes;

namespace Workflows.Cli;

/// <summary>Finds the programme an overlay adapts: a <c>programme.json</c> (or <c>*.programme.json</c>) with that id in the overlay's folder or above.</summary>
public static class BaseLocator
{
    public static string? Find(string overlayPath, string? baseId)
    {
        if (baseId is null)
        {
            return null;
        }

        for (var dir = Path.GetDirectoryName(Path.GetFullPath(overlayPath)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidates = Directory.EnumerateFiles(dir, "*.json")
                .Where(f => Path.GetFileName(f) == "programme.json" || f.EndsWith(".programme.json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                if (IdOf(candidate) == baseId)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string? IdOf(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path))?["id"]?.GetValue<string>();
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidOperationException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
