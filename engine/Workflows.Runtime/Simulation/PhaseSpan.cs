using Workflows.Model.Definitions;

namespace Workflows.Runtime.Simulation;

/// <summary>When a phase was entered and exited (local dates), null when it was not.</summary>
public sealed record PhaseSpan(string Phase, Text Title, string? Entered, string? Exited);
