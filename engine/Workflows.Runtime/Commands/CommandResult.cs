using Workflows.Forms;
using Workflows.Runtime.Events;

namespace Workflows.Runtime.Commands;

/// <summary>
/// What a command did: accepted with its events, or rejected (nothing changed) with a stable <see cref="Code"/>, a zh/en
/// message and, for an invalid submission, the form's field errors. <see cref="Replayed"/> marks a result returned for a
/// repeated idempotency key.
/// </summary>
public sealed record CommandResult(
    bool Accepted,
    string? Code,
    string? MessageZh,
    string? MessageEn,
    IReadOnlyList<FieldError> FieldErrors,
    IReadOnlyList<RuntimeEvent> Events)
{
    public bool Replayed { get; init; }

    public static CommandResult Ok(IReadOnlyList<RuntimeEvent> events) => new(true, null, null, null, [], events);

    public static CommandResult Reject(string code, string zh, string en, IReadOnlyList<FieldError>? fieldErrors = null) =>
        new(false, code, zh, en, fieldErrors ?? [], []);

    public override string ToString() => Accepted ? $"accepted ({Events.Count} events)" : $"rejected {Code}: {MessageEn}";
}
