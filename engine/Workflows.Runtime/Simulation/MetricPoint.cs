namespace Workflows.Runtime.Simulation;

/// <summary>A metric's value at the start of a month (or at the end of the simulation).</summary>
public sealed record MetricPoint(double? Value, bool Met, bool OnTrack);
