namespace Workflows.Runtime.Simulation;

/// <summary>What happened in one month (<c>yyyy-MM</c>, programme time zone); <see cref="Metrics"/> are sampled at its first instant.</summary>
public sealed class MonthSummary(string month)
{
    public string Month { get; } = month;

    /// <summary>Tasks created, by the assignee's unit type.</summary>
    public SortedDictionary<string, int> TasksCreated { get; } = new(StringComparer.Ordinal);

    /// <summary>Tasks whose due date falls in the month.</summary>
    public int Due { get; set; }

    public int Submitted { get; set; }

    /// <summary>Submissions the form rejected.</summary>
    public int Rejected { get; set; }

    public int Approved { get; set; }

    public int Returned { get; set; }

    /// <summary>Review levels that let their <c>within</c> pass undecided.</summary>
    public int ReviewsOverdue { get; set; }

    public int Completed { get; set; }

    public int Overdue { get; set; }

    public int Escalated { get; set; }

    public int StateChanges { get; set; }

    public SortedDictionary<string, MetricPoint> Metrics { get; } = new(StringComparer.Ordinal);
}
