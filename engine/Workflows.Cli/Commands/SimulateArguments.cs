namespace Workflows.Cli.Commands;

/// <summary>What <c>workflows simulate</c> was asked to do.</summary>
public sealed record SimulateArguments(string File, string Org, string From, string Until, string[] Overlays, string? Responses, string? Scope, string Format);
