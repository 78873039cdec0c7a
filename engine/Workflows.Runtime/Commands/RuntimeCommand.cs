namespace Workflows.Runtime.Commands;

/// <summary>
/// A request to change an instance. <see cref="IdempotencyKey"/> makes retries safe: the first accepted result is
/// stored with the changes, and a command repeating the key returns it and changes nothing.
/// </summary>
public abstract record RuntimeCommand
{
    public required string IdempotencyKey { get; init; }

    /// <summary>The user issuing the command; null (or <see cref="RuntimeActors.System"/>) for the engine and administrators.</summary>
    public string? Actor { get; init; }
}
