using System.Text.Json.Nodes;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;

namespace Workflows.Cli;

/// <summary>Reads the files and inline JSON a command is given, turning I/O and syntax problems into clear messages.</summary>
public static class InputFiles
{
    public static bool TryReadText(string path, CliConsole console, out string text)
    {
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            text = File.ReadAllText(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            console.Usage($"无法读取文件 {path}：{e.Message}", $"Cannot read {path}: {e.Message}");
            text = "";
            return false;
        }
    }

    /// <summary>Reads a JSON object document; syntax problems become diagnostics of that file.</summary>
    public static JsonObject? ReadObject(string path, CliConsole console, List<Diagnostic> diagnostics, out bool readable)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        readable = TryReadText(path, console, out var text);
        if (!readable)
        {
            return null;
        }

        var bag = new DiagnosticBag();
        var json = JsonDocumentReader.Parse(text, bag);
        diagnostics.AddRange(bag.Items.Select(d => d with { File = path }));
        return json;
    }

    /// <summary>Parses <c>--input</c>: inline JSON, or <c>@file</c> to read it from a file.</summary>
    public static bool TryParseInput(string text, CliConsole console, out JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(console);
        value = null;
        if (text.StartsWith('@') && !TryReadText(text[1..], console, out text))
        {
            return false;
        }

        try
        {
            value = JsonNode.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException e)
        {
            console.Usage($"--input 不是有效的 JSON：{e.Message}", $"--input is not valid JSON: {e.Message}");
            return false;
        }
    }
}
