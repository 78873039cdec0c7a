using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace Workflows.Benchmarks.Peer;

/// <summary>Step 1, create: the task exists, assigned, waiting for its submission.</summary>
public sealed class CreateTaskStep : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ((HumanTaskData)context.Workflow.Data).State = "Created";
        return ExecutionResult.Next();
    }
}
