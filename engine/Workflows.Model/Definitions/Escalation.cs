using NodaTime;

namespace Workflows.Model.Definitions;

/// <summary>
/// An overdue task is escalated <see cref="After"/> past due to the nearest ancestor unit of type <see cref="To"/> (the
/// parent when null); there, holders of <see cref="Role"/> (any role in that unit when null) may act for the assignee.
/// </summary>
public sealed record Escalation(Period After, string? To, string? Role);
