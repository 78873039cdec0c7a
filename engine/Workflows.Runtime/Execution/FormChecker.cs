using System.Text.Json.Nodes;
using Workflows.Forms;
using Workflows.Model.Definitions;

namespace Workflows.Runtime.Execution;

/// <summary>Checks a submission against its form: every error at once, empty when valid.</summary>
internal class FormChecker
{
    public static FormChecker Direct { get; } = new();

    /// <param name="form">The task's form.</param>
    /// <param name="data">The runtime's own copy of the submitted data, which is what is checked.</param>
    /// <param name="source">The object the command brought (or the draft), which <paramref name="data"/> copies; null when none.</param>
    public virtual IReadOnlyList<FieldError> Check(Form form, JsonObject data, JsonObject? source) => form.Schema.Validate(data);
}

/// <summary>
/// A checker for simulations, whose scripted submissions hand the runtime the script's own data objects — the same
/// few objects for thousands of tasks, never changed during a run. The verdict depends only on the form and the data,
/// so it is remembered per form and source object (up to <see cref="MaxPerForm"/> objects per form; beyond that data
/// is checked every time). One simulation run uses it, on one thread.
/// </summary>
internal sealed class RememberingFormChecker : FormChecker
{
    public const int MaxPerForm = 256;

    private readonly Dictionary<Form, Dictionary<JsonObject, IReadOnlyList<FieldError>>> _verdicts = new(ReferenceEqualityComparer.Instance);

    public override IReadOnlyList<FieldError> Check(Form form, JsonObject data, JsonObject? source)
    {
        if (source is null)
        {
            return base.Check(form, data, source);
        }

        if (!_verdicts.TryGetValue(form, out var known))
        {
            _verdicts[form] = known = new Dictionary<JsonObject, IReadOnlyList<FieldError>>(ReferenceEqualityComparer.Instance);
        }

        if (known.TryGetValue(source, out var verdict))
        {
            return verdict;
        }

        var errors = base.Check(form, data, source);
        if (known.Count < MaxPerForm)
        {
            known[source] = errors;
        }

        return errors;
    }
}
