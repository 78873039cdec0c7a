namespace Workflows.Benchmarks.Peer;

/// <summary>The WorkflowCore workflow's data: the item's key (the event key), its assignee and what the steps recorded.</summary>
public sealed class HumanTaskData
{
    public string Key { get; set; } = "";

    public string Assignee { get; set; } = "";

    public string? State { get; set; }

    public object? Submission { get; set; }

    public object? Decision { get; set; }
}
