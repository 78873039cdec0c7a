using System.Text.Json.Nodes;
using Workflows.Runtime;
using Workflows.Runtime.Commands;

namespace Workflows.Benchmarks.Fixtures;

/// <summary>The human part of a report task, as (b) and (d) both measure it: its director submits, the street reviewer approves.</summary>
public static class ReportCycle
{
    public static void SubmitAndApprove(WorkflowRuntime runtime, string task, int community, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var submitted = runtime.Execute(new SubmitTask(task, data) { IdempotencyKey = "submit:" + task, Actor = GeneratedOrganisation.Director(community) });
        var approved = runtime.Execute(new ApproveTask(task, "同意") { IdempotencyKey = "approve:" + task, Actor = GeneratedOrganisation.ReviewerOf(community) });
        if (!submitted.Accepted || !approved.Accepted)
        {
            throw new InvalidOperationException($"{task}: submit {submitted}, approve {approved}");
        }
    }
}
