using Workflows.Model.Definitions;
using Workflows.Runtime.Organisation;
using Workflows.Scripting;

namespace Workflows.Runtime.Simulation;

/// <summary>
/// Runs a programme with the real runtime on a <see cref="VirtualClock"/> over an in-memory store, answering tasks as a
/// script says, and returns the timeline. Deterministic: the same programme, directory, script and options give the
/// same timeline, byte for byte.
/// </summary>
public sealed class Simulator(RuleSandbox? sandbox = null)
{
    public SimulationTimeline Run(Programme programme, OrganisationDirectory organisation, SimulationScript script, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(options);
        var run = new SimulationRun(programme, organisation, script, options, sandbox);
        return run.Execute();
    }
}
