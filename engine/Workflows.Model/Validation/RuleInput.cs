using System.Text.Json.Nodes;

namespace Workflows.Model.Validation;

/// <summary>Builds the plain-JSON input a rule sees.</summary>
public static class RuleInput
{
    /// <summary>A test's input, with its <c>params</c> merged over the programme's effective parameters.</summary>
    public static JsonObject ForTest(JsonObject? testInput, JsonObject parameterValues)
    {
        ArgumentNullException.ThrowIfNull(parameterValues);
        var input = testInput?.DeepClone().AsObject() ?? [];
        var merged = parameterValues.DeepClone().AsObject();
        if (input["params"] is JsonObject given)
        {
            foreach (var (key, value) in given)
            {
                merged[key] = value?.DeepClone();
            }
        }

        input["params"] = merged;
        return input;
    }
}
