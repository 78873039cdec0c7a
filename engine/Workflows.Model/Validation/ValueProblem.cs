namespace Workflows.Model.Validation;

/// <summary>Why a value does not fit its declared type or constraints; the code suffix is appended to the caller's prefix.</summary>
public sealed record ValueProblem(string CodeSuffix, string MessageZh, string MessageEn);
