namespace Workflows.Runtime.Stores;

/// <summary>A command was decided on a stale read: another command changed the same record first. Nothing was written; retry it.</summary>
public sealed class ConcurrencyException : Exception
{
    public ConcurrencyException()
    {
    }

    public ConcurrencyException(string message)
        : base(message)
    {
    }

    public ConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConcurrencyException(string recordKind, string recordId, int expectedVersion, int? actualVersion)
        : base($"{recordKind} '{recordId}' was changed by another command: expected version {expectedVersion}, found {(actualVersion is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none")}")
    {
        RecordKind = recordKind;
        RecordId = recordId;
    }

    public string? RecordKind { get; }

    public string? RecordId { get; }
}
