namespace Workflows.Scripting.Errors;

/// <summary>Why a JavaScript value has no JSON form.</summary>
internal enum ResultProblem
{
    Function,
    Symbol,
    BigInt,
    NotFinite,
    InvalidDate,
    Accessor,
    UnsupportedObject,
    TooLarge,
}
