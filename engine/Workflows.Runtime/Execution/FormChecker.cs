using System.Text.Json.Nodes;
using Workflows.Forms;
using Workflows.Model.Definitions;

namespace Workflows.Runtime.Execution;

/// <summary>Checks a submission against its form: every error at once, empty when valid.</summary>
internal class FormChecker
{
    public static FormChecker Direct { get; } = new();

    public virtual IReadOnlyList<FieldError> Check(Form form, JsonObject data) => form.Schema.Validate(data);
}

/// <summary>
/// A checker for simulations, whose scripted submissions repeat the same data thousands of times: the verdict is a
/// function of the form and the data, so it is remembered per form and data text (up to <see cref="MaxPerForm"/>
/// distinct texts per form; beyond that data is checked every time). One simulation run uses it, on one thread.
/// </summary>
internal sealed class RememberingFormChecker : FormChecker
{
    public const int MaxPerForm = 256;

    private readonly Dictionary<Form, Dictionary<string, IReadOnlyList<FieldError>>> _verdicts = new(ReferenceEqualityComparer.Instance);

    public override IReadOnlyList<FieldError> Check(Form form, JsonObject data)
    {
        var text = data.ToJsonString();
        if (!_verdicts.TryGetValue(form, out var known))
        {
            _verdicts[form] = known = new Dictionary<string, IReadOnlyList<FieldError>>(StringComparer.Ordinal);
        }

        if (known.TryGetValue(text, out var verdict))
        {
            return verdict;
        }

        var errors = base.Check(form, data);
        if (known.Count < MaxPerForm)
        {
            known[text] = errors;
        }

        return errors;
    }
}
