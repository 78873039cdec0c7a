namespace Workflows.Runtime.Organisation;

/// <summary>A loaded directory, or every problem that prevented it.</summary>
public sealed record OrganisationLoadResult(OrganisationDirectory? Directory, IReadOnlyList<OrganisationError> Errors)
{
    public bool Success => Directory is not null && Errors.Count == 0;
}
