namespace Workflows.Runtime.Organisation;

/// <summary>
/// One problem found while loading a directory. <see cref="Location"/> is a JSON Pointer for JSON input
/// (<c>/units/3/parent</c>) or <c>file:line</c> for CSV input; <see cref="Line"/> is the 1-based CSV line when known.
/// </summary>
public sealed record OrganisationError(string Code, string MessageZh, string MessageEn, string? Location = null, int? Line = null)
{
    public override string ToString() => Location is null ? $"{Code}: {MessageEn}" : $"{Location}: {Code}: {MessageEn}";
}
