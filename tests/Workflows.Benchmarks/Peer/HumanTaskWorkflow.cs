using WorkflowCore.Interface;

namespace Workflows.Benchmarks.Peer;

/// <summary>Create → wait for "submitted" → wait for "approved" → complete, keyed by the item.</summary>
public sealed class HumanTaskWorkflow : IWorkflow<HumanTaskData>
{
    public const string SubmittedEvent = "submitted";
    public const string ApprovedEvent = "approved";

    public string Id => "human-task";

    public int Version => 1;

    public void Build(IWorkflowBuilder<HumanTaskData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder
            .StartWith<CreateTaskStep>()
            .WaitFor(SubmittedEvent, data => data.Key)
                .Output(data => data.Submission, step => step.EventData)
            .WaitFor(ApprovedEvent, data => data.Key)
                .Output(data => data.Decision, step => step.EventData)
            .Then<CompleteTaskStep>();
    }
}
