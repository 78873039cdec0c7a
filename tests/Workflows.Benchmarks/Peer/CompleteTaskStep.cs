using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace Workflows.Benchmarks.Peer;

/// <summary>The end of the workflow: marks the task completed and tells the driver.</summary>
public sealed class CompleteTaskStep(CompletionCounter counter) : StepBody
{
    public override ExecutionResult Run(IStepExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ((HumanTaskData)context.Workflow.Data).State = "Completed";
        counter.Signal();
        return ExecutionResult.Next();
    }
}
