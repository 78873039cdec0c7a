namespace Workflows.Runtime.Simulation;

public enum SimulationStep
{
    /// <summary>Tick at every local midnight.</summary>
    Day,

    /// <summary>Jump to the next instant something can happen: a date sentry, a schedule fire, a deadline, a scripted response, a month boundary.</summary>
    NextEvent,
}
