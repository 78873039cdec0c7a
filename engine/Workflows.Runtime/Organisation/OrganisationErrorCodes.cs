namespace Workflows.Runtime.Organisation;

/// <summary>The stable codes of <see cref="OrganisationError.Code"/>.</summary>
public static class OrganisationErrorCodes
{
    public const string Syntax = "org.syntax";
    public const string MissingField = "org.missingField";
    public const string DuplicateUnit = "org.duplicateUnit";
    public const string DuplicateUser = "org.duplicateUser";
    public const string UnknownParent = "org.unknownParent";
    public const string Cycle = "org.cycle";
    public const string UnknownUnit = "org.unknownUnit";
    public const string UnknownType = "org.unknownType";
    public const string ParentType = "org.parentType";
    public const string UnknownRole = "org.unknownRole";
}
