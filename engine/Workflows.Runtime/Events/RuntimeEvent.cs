namespace Workflows.Runtime.Events;

/// <summary>
/// One append-only audit record: who (<see cref="Actor"/>, null for the engine itself), what (<see cref="Kind"/> on
/// <see cref="Subject"/>), when (<see cref="At"/>, the engine clock), and <see cref="Before"/>/<see cref="After"/> as
/// compact JSON text. <see cref="Sequence"/> is assigned by the store when the command commits (0 until then);
/// <see cref="Index"/> orders the events of one command.
/// </summary>
public sealed record RuntimeEvent(
    string InstanceId,
    string CommandKey,
    int Index,
    DateTimeOffset At,
    string Kind,
    string? Actor,
    string? Subject,
    string? Unit,
    string? Before,
    string? After)
{
    public long Sequence { get; init; }
}
