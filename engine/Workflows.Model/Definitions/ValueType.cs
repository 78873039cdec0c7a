namespace Workflows.Model.Definitions;

/// <summary>The types of parameters and state variables.</summary>
public enum ValueType
{
    Integer,
    Number,
    Boolean,
    String,
    Date,
    Year,
    Duration,
}
