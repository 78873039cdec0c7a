using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Model.Diagnostics;
using Workflows.Model.Reading;
using Workflows.Model.Validation;
using Workflows.Model.Wire;

namespace Workflows.Model.Adoption;

/// <summary>
/// Computes an effective programme: base, then each overlay in order (its merge patch, then its parameter
/// values), then <c>--set</c> values; the result is validated like any programme. Overrides are checked against
/// their parameter's type and constraints and reported in the overlay that made them.
/// </summary>
public sealed class ProgrammeAdopter(ProgrammeReader reader)
{
    public const string SetFile = "--set";
    public const string EffectiveFile = "(effective)";

    public EffectiveResult Compute(OverlayDocument baseProgramme, IReadOnlyList<OverlayDocument> overlays, IReadOnlyDictionary<string, JsonNode?> sets)
    {
        ArgumentNullException.ThrowIfNull(baseProgramme);
        ArgumentNullException.ThrowIfNull(overlays);
        ArgumentNullException.ThrowIfNull(sets);
        var all = new List<Diagnostic>();
        var document = baseProgramme.Json.DeepClone().AsObject();
        foreach (var overlay in overlays)
        {
            var bag = new DiagnosticBag();
            var next = ApplyOverlay(document, overlay.Json, bag);
            all.AddRange(bag.Items.Select(d => d with { File = overlay.File }));
            document = next ?? document;
        }

        var setBag = new DiagnosticBag();
        foreach (var (name, value) in sets)
        {
            Override(document, name, value, Pointer.Of(name), setBag);
        }

        all.AddRange(setBag.Items.Select(d => d with { File = SetFile }));
        if (all.Count > 0)
        {
            return new EffectiveResult(document, null, all);
        }

        var read = reader.Read(document);
        return new EffectiveResult(document, read.Programme, read.Diagnostics.Select(d => d with { File = EffectiveFile }).ToList());
    }

    private static JsonObject? ApplyOverlay(JsonObject current, JsonObject overlay, DiagnosticBag bag)
    {
        if (!JsonDocumentReader.CheckSchema(overlay, LanguageSchemas.Overlay, bag) || JsonDocumentReader.Deserialize<OverlayV1>(overlay) is not { } wire)
        {
            return null;
        }

        var currentId = current["id"]?.GetValueKind() == JsonValueKind.String ? current["id"]!.GetValue<string>() : null;
        if (wire.Base != currentId)
        {
            bag.Add(Pointer.Of("base"), "overlay.base", $"采用方案基于“{wire.Base}”，但当前方案是“{currentId}”", $"The overlay adapts '{wire.Base}', but the programme it is applied to is '{currentId}'");
            return null;
        }

        var patched = wire.Patch is null ? current.DeepClone().AsObject() : MergePatch.Apply(current, wire.Patch) as JsonObject;
        if (patched is null)
        {
            return null;
        }

        foreach (var (name, value) in wire.Parameters ?? [])
        {
            Override(patched, name, value, Pointer.Of("parameters", name), bag);
        }

        patched["id"] = wire.Id;
        if (overlay["title"] is JsonObject title)
        {
            patched["title"] = title.DeepClone();
        }

        var adoptions = patched["adoptions"] as JsonArray ?? [];
        adoptions.Add(new JsonObject { ["id"] = wire.Id, ["title"] = overlay["title"]?.DeepClone() });
        patched["adoptions"] = adoptions;
        return patched;
    }

    /// <summary>Sets a parameter's value after checking it fits the declaration; reports at <paramref name="pointer"/> otherwise.</summary>
    private static void Override(JsonObject document, string name, JsonNode? value, string pointer, DiagnosticBag bag)
    {
        if (document["parameters"] is not JsonObject parameters || parameters[name] is not JsonObject declaration)
        {
            var known = document["parameters"] is JsonObject p ? string.Join(", ", p.Select(x => x.Key)) : "";
            bag.Add(pointer, "override.unknown", $"方案没有参数“{name}”（已定义：{known}）", $"The programme has no parameter '{name}' (defined: {known})");
            return;
        }

        var wire = JsonDocumentReader.Deserialize<ParameterV1>(declaration);
        if (wire is null || !ValueChecker.TryParseType(wire.Type, out var type))
        {
            return; // the base programme's own validation reports a broken declaration
        }

        if (ValueChecker.Check(type, value, wire.Minimum, wire.Maximum, wire.Enum, wire.Pattern) is { } problem)
        {
            bag.Add(pointer, "override." + problem.CodeSuffix, $"参数“{name}”：{problem.MessageZh}", $"Parameter '{name}': {problem.MessageEn}");
            return;
        }

        PinRuleTests(document, name, declaration["default"]);
        declaration["default"] = value?.DeepClone();
    }

    /// <summary>
    /// Embedded rule tests were written for the parameter values of the document that holds them. Before a value
    /// changes, each test that does not state it gets the old value, so the tests keep checking the rule's logic
    /// and a city that changes a threshold does not break the plan's tests.
    /// </summary>
    private static void PinRuleTests(JsonObject document, string name, JsonNode? oldValue)
    {
        if (oldValue is null || document["rules"] is not JsonObject rules)
        {
            return;
        }

        foreach (var (_, rule) in rules)
        {
            if (rule?["tests"] is not JsonArray tests)
            {
                continue;
            }

            foreach (var test in tests.OfType<JsonObject>())
            {
                var input = test["input"] as JsonObject ?? [];
                var given = input["params"] as JsonObject ?? [];
                if (!given.ContainsKey(name))
                {
                    given[name] = oldValue.DeepClone();
                }

                input["params"] = given;
                test["input"] = input;
            }
        }
    }

    /// <summary>Parses a <c>--set name=value</c> value: JSON when it parses (numbers, booleans), else a plain string.</summary>
    public static JsonNode? ParseSetValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
