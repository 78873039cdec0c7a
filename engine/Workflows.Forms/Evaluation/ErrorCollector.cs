using System.Text.Json;
using Json.Schema;
using Workflows.Forms.Documents;
using Workflows.Forms.Messages;
using Workflows.Forms.Schemas;

namespace Workflows.Forms.Evaluation;

/// <summary>
/// Turns JsonSchema.Net's hierarchical results into field errors: one per failing leaf constraint, each with the
/// data pointer, a code and bilingual messages that name the constraint value.
/// <para>
/// Noise is kept out: applicators (<c>allOf</c>, <c>$ref</c>, <c>then</c>/<c>else</c>, <c>properties</c>, <c>items</c> …)
/// never report themselves, only the leaves below them; failed <c>if</c> and <c>contains</c> trials are not errors;
/// a failed <c>anyOf</c>/<c>oneOf</c> reports the errors of the alternative the value was evidently meant for (see
/// <see cref="ClosestAlternative"/>; alternatives that want another JSON type or another <c>const</c> discriminator
/// are out of the running), a type error when all want other types, or else one summary error; <c>required</c> and
/// <c>dependentRequired</c> point at each missing member; exact duplicates are dropped.
/// </para>
/// <para>
/// The schema object behind each result is found by walking the schema along the evaluation path and, across
/// references, from the reported absolute schema location. JsonSchema.Net 8.0.5 quirks handled here: evaluation
/// paths carry <c>items</c> twice and double-escape member names (so the walk reads only the keyword and takes member
/// names from the instance location), and <c>items</c> after <c>prefixItems</c> reports indexes from 0
/// (see <see cref="ItemsShift"/>).
/// </para>
/// </summary>
internal sealed class ErrorCollector
{
    private static readonly HashSet<string> Applicators = new(StringComparer.Ordinal)
    {
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$ref", "$dynamicRef", "$recursiveRef", "properties",
        "patternProperties", "additionalProperties", "unevaluatedProperties", "items", "prefixItems", "additionalItems",
        "unevaluatedItems", "dependentSchemas", "propertyNames", "contentSchema",
    };

    private static readonly HashSet<string> SameLocationHops = new(StringComparer.Ordinal) { "$ref", "$dynamicRef", "$recursiveRef", "allOf" };

    private readonly SchemaDocument schema;
    private readonly JsonElement data;
    private readonly List<CollectedError> collected = [];

    private ErrorCollector(SchemaDocument schema, JsonElement data)
    {
        this.schema = schema;
        this.data = data;
    }

    public static IReadOnlyList<FieldError> Collect(EvaluationResults results, SchemaDocument schema, JsonElement data)
    {
        var collector = new ErrorCollector(schema, data);
        var root = schema.Root.Element.ValueKind == JsonValueKind.Undefined ? (JsonElement?)null : schema.Root.Element;
        collector.Visit(results, root, null, null, "");
        return collector.Finish();
    }

    /// <param name="node">A result.</param>
    /// <param name="element">The schema object it was evaluated against, when known.</param>
    /// <param name="parent">The schema object of the parent result.</param>
    /// <param name="hop">The keyword that led from the parent to this result.</param>
    /// <param name="at">The true data pointer of the result (see <see cref="ChildPointer"/>).</param>
    private void Visit(EvaluationResults node, JsonElement? element, JsonElement? parent, string? hop, string at)
    {
        if (node.IsValid) return;
        var start = collected.Count;
        if (node.Errors is { } errors)
        {
            foreach (var keyword in errors.Keys) Keyword(node, keyword, element, parent, hop, at);
        }

        if (node.Details is { Count: > 0 }) Children(node, element, at);
        if (collected.Count == start) Add(at, FieldErrorCodes.Invalid, CustomMessage.Apply(element, "invalid", MessageCatalog.Invalid));
    }

    private void Children(EvaluationResults node, JsonElement? element, string at)
    {
        List<(EvaluationResults Result, JsonElement? Element)>? anyOf = null;
        List<(EvaluationResults Result, JsonElement? Element)>? oneOf = null;
        var depth = node.EvaluationPath.SegmentCount;
        var itemsShift = ItemsShift(node, element, depth);
        foreach (var child in node.Details!)
        {
            var (keyword, member) = Hop(child, depth);
            switch (keyword)
            {
                case "if" or "contains":
                    continue; // trials, not requirements
                case "anyOf":
                    (anyOf ??= []).Add((child, ChildSchema(element, keyword, member, child)));
                    break;
                case "oneOf":
                    (oneOf ??= []).Add((child, ChildSchema(element, keyword, member, child)));
                    break;
                case "not":
                    if (child.IsValid) Add(at, FieldErrorCodes.Not, CustomMessage.Apply(element, "not", MessageCatalog.NotAllowedValue));
                    break;
                default:
                    if (!child.IsValid) Visit(child, ChildSchema(element, keyword, member, child), element, keyword, ChildPointer(node, child, at, keyword == "items" ? itemsShift : 0));
                    break;
            }
        }

        if (anyOf is not null) Alternatives(element, "anyOf", anyOf, at);
        if (oneOf is not null) Alternatives(element, "oneOf", oneOf, at);
    }

    private void Alternatives(JsonElement? element, string keyword, List<(EvaluationResults Result, JsonElement? Element)> branches, string at)
    {
        var passed = branches.Count(b => b.Result.IsValid);
        var code = keyword == "oneOf" ? FieldErrorCodes.OneOf : FieldErrorCodes.AnyOf;
        if (keyword == "oneOf" && passed > 1)
        {
            Add(at, code, CustomMessage.Apply(element, keyword, MessageCatalog.SeveralAlternatives));
            return;
        }

        if (passed > 0) return;
        if (CustomMessage.Has(element, keyword))
        {
            Add(at, code, CustomMessage.Apply(element, keyword, MessageCatalog.NoAlternative));
            return;
        }

        var expectedTypes = new List<string>();
        var applicable = new List<(EvaluationResults Result, JsonElement? Element)>();
        var allTypeMismatches = true;
        foreach (var branch in branches)
        {
            var mismatch = MismatchOf(branch.Result, branch.Element, expectedTypes);
            if (mismatch == Mismatch.None) applicable.Add(branch);
            if (mismatch != Mismatch.Type) allTypeMismatches = false;
        }

        if (applicable.Count > 0 && ClosestAlternative(applicable, element, keyword, at) is { } closest)
        {
            collected.AddRange(closest);
        }
        else if (applicable.Count == 0 && allTypeMismatches && expectedTypes.Count > 0)
        {
            Add(at, FieldErrorCodes.Type, CustomMessage.Apply(element, "type", MessageCatalog.Type(expectedTypes)));
        }
        else
        {
            Add(at, code, CustomMessage.Apply(element, keyword, MessageCatalog.NoAlternative));
        }
    }

    /// <summary>
    /// The errors of the alternative the value was evidently meant for: the one with the fewest structural errors
    /// (missing or unknown members), then one that declares the value's type (and so was written for values like
    /// it), then the one that got deepest into the value before failing; provided it is alone in that or the tied
    /// ones report the very same errors.
    /// <c>{"param": "launch", "offset": "1Y"}</c> against "param + offset" or "param + month + day" is meant for the
    /// first: its offset is malformed, rather than the second's "offset is not allowed".
    /// </summary>
    private List<CollectedError>? ClosestAlternative(
        List<(EvaluationResults Result, JsonElement? Element)> applicable, JsonElement? element, string keyword, string at)
    {
        var trials = new List<(List<CollectedError> Errors, int Structural, bool Typed)>(applicable.Count);
        foreach (var (result, branchElement) in applicable)
        {
            var trial = new ErrorCollector(schema, data);
            trial.Visit(result, branchElement, element, keyword, at);
            var structural = trial.collected.Count(c => c.Error.Code is FieldErrorCodes.Required or FieldErrorCodes.AdditionalProperties);
            var typed = SameLocationNodes(result, branchElement).Any(n => n.Element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("type", out _));
            trials.Add((trial.collected, structural, typed));
        }

        var fewest = trials.Min(t => t.Structural);
        var best = trials.Where(t => t.Structural == fewest).ToList();
        if (best.Any(t => t.Typed)) best = best.Where(t => t.Typed).ToList();
        var furthest = best.Max(t => Reach(t.Errors));
        best = best.Where(t => Reach(t.Errors) == furthest).ToList();
        var first = best[0].Errors.Select(c => c.Error).ToHashSet();
        return best.Skip(1).All(t => first.SetEquals(t.Errors.Select(c => c.Error))) ? best[0].Errors : null;
    }

    /// <summary>How deep into the value an alternative got before failing: the depth of its shallowest error.</summary>
    private static int Reach(List<CollectedError> errors) =>
        errors.Count == 0 ? int.MaxValue : errors.Min(e => e.Error.Pointer.Count(c => c == '/'));

    /// <summary>Does this alternative plainly not apply (wrong JSON type, or a <c>const</c> discriminator differs)?</summary>
    private Mismatch MismatchOf(EvaluationResults branch, JsonElement? element, List<string> expectedTypes)
    {
        var typeFailures = SameLocationFailures(branch, element, "type");
        if (typeFailures.Count > 0)
        {
            foreach (var failed in typeFailures) expectedTypes.AddRange(TypesOf(failed));
            return Mismatch.Type;
        }

        foreach (var (node, nodeElement) in SameLocationNodes(branch, element))
        {
            if (node.Details is null) continue;
            var depth = node.EvaluationPath.SegmentCount;
            foreach (var child in node.Details)
            {
                if (child.IsValid) continue;
                var (keyword, member) = Hop(child, depth);
                if (keyword == "properties" && SameLocationFailures(child, ChildSchema(nodeElement, keyword, member, child), "const").Count > 0)
                {
                    return Mismatch.Discriminator;
                }
            }
        }

        return Mismatch.None;
    }

    /// <summary>The schema objects at the branch's own instance location that failed on <paramref name="keyword"/>.</summary>
    private List<JsonElement?> SameLocationFailures(EvaluationResults branch, JsonElement? element, string keyword) =>
        SameLocationNodes(branch, element)
            .Where(n => n.Node.Errors is { } errors && errors.ContainsKey(keyword))
            .Select(n => n.Element)
            .ToList();

    /// <summary>The failing node and the nodes reached from it through <c>$ref</c>/<c>allOf</c> at the same instance.</summary>
    private List<(EvaluationResults Node, JsonElement? Element)> SameLocationNodes(EvaluationResults start, JsonElement? element)
    {
        var found = new List<(EvaluationResults, JsonElement?)>();
        var stack = new Stack<(EvaluationResults Node, JsonElement? Element)>();
        stack.Push((start, element));
        while (stack.Count > 0 && found.Count < 256)
        {
            var (node, nodeElement) = stack.Pop();
            if (node.IsValid) continue;
            found.Add((node, nodeElement));
            if (node.Details is null) continue;
            var depth = node.EvaluationPath.SegmentCount;
            foreach (var child in node.Details)
            {
                var (keyword, member) = Hop(child, depth);
                if (!child.IsValid && SameLocationHops.Contains(keyword) && child.InstanceLocation.Equals(node.InstanceLocation))
                {
                    stack.Push((child, ChildSchema(nodeElement, keyword, member, child)));
                }
            }
        }

        return found;
    }

    private static List<string> TypesOf(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } e || !e.TryGetProperty("type", out var type)) return [];
        return type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToList(),
            _ => [],
        };
    }

    private void Keyword(EvaluationResults node, string keyword, JsonElement? element, JsonElement? parent, string? hop, string at)
    {
        switch (keyword)
        {
            case "":
                FalseSchema(parent, hop, at);
                break;
            case "type":
                Add(at, FieldErrorCodes.Type, CustomMessage.Apply(element, keyword, MessageCatalog.Type(element)));
                break;
            case "format":
                Add(at, FieldErrorCodes.Format, CustomMessage.Apply(element, keyword, MessageCatalog.Format(element)));
                break;
            case "enum":
                Add(at, FieldErrorCodes.Enum, CustomMessage.Apply(element, keyword, MessageCatalog.Enum(element)));
                break;
            case "const":
                Add(at, FieldErrorCodes.Const, CustomMessage.Apply(element, keyword, MessageCatalog.Const(element)));
                break;
            case "minimum":
                Add(at, FieldErrorCodes.Minimum, CustomMessage.Apply(element, keyword, MessageCatalog.Minimum(element)));
                break;
            case "maximum":
                Add(at, FieldErrorCodes.Maximum, CustomMessage.Apply(element, keyword, MessageCatalog.Maximum(element)));
                break;
            case "exclusiveMinimum":
                Add(at, FieldErrorCodes.ExclusiveMinimum, CustomMessage.Apply(element, keyword, MessageCatalog.ExclusiveMinimum(element)));
                break;
            case "exclusiveMaximum":
                Add(at, FieldErrorCodes.ExclusiveMaximum, CustomMessage.Apply(element, keyword, MessageCatalog.ExclusiveMaximum(element)));
                break;
            case "multipleOf":
                Add(at, FieldErrorCodes.MultipleOf, CustomMessage.Apply(element, keyword, MessageCatalog.MultipleOf(element)));
                break;
            case "minLength":
                Add(at, FieldErrorCodes.MinLength, CustomMessage.Apply(element, keyword, MessageCatalog.MinLength(element)));
                break;
            case "maxLength":
                Add(at, FieldErrorCodes.MaxLength, CustomMessage.Apply(element, keyword, MessageCatalog.MaxLength(element)));
                break;
            case "pattern":
                Add(at, FieldErrorCodes.Pattern, CustomMessage.Apply(element, keyword, MessageCatalog.Pattern(element)));
                break;
            case "minItems":
                Add(at, FieldErrorCodes.MinItems, CustomMessage.Apply(element, keyword, MessageCatalog.MinItems(element)));
                break;
            case "maxItems":
                Add(at, FieldErrorCodes.MaxItems, CustomMessage.Apply(element, keyword, MessageCatalog.MaxItems(element)));
                break;
            case "minProperties":
                Add(at, FieldErrorCodes.MinProperties, CustomMessage.Apply(element, keyword, MessageCatalog.MinProperties(element)));
                break;
            case "maxProperties":
                Add(at, FieldErrorCodes.MaxProperties, CustomMessage.Apply(element, keyword, MessageCatalog.MaxProperties(element)));
                break;
            case "uniqueItems":
                var (first, second) = FirstDuplicate(at);
                Add(at, FieldErrorCodes.UniqueItems, CustomMessage.Apply(element, keyword, MessageCatalog.UniqueItems(first, second)));
                break;
            case "contains" or "minContains" or "maxContains":
                var matching = node.Details?.Count(d => d.IsValid && Hop(d, node.EvaluationPath.SegmentCount).Keyword == "contains") ?? 0;
                Add(at, FieldErrorCodes.Contains, CustomMessage.Apply(element, "contains", MessageCatalog.Contains(element, matching)));
                break;
            case "required":
                Required(element, at);
                break;
            case "dependentRequired" or "dependencies":
                DependentRequired(element, keyword, at);
                break;
            default:
                if (!Applicators.Contains(keyword))
                {
                    Add(at, FieldErrorCodes.Invalid, CustomMessage.Apply(element, keyword, MessageCatalog.Invalid));
                }

                break;
        }
    }

    /// <summary>A <c>false</c> subschema failed: the member or item should not be there at all.</summary>
    private void FalseSchema(JsonElement? parent, string? hop, string at)
    {
        var (code, message) = hop switch
        {
            "additionalProperties" or "unevaluatedProperties" => (FieldErrorCodes.AdditionalProperties, MessageCatalog.NotAllowedField),
            "properties" or "patternProperties" => (FieldErrorCodes.Invalid, MessageCatalog.NotAllowedField),
            "items" or "prefixItems" or "additionalItems" or "unevaluatedItems" => (FieldErrorCodes.Invalid, MessageCatalog.NotAllowedItem),
            _ => (FieldErrorCodes.Invalid, MessageCatalog.NotAllowedValue),
        };
        var unevaluated = hop is "unevaluatedProperties" or "unevaluatedItems";
        collected.Add(new CollectedError(Error(at, code, CustomMessage.Apply(parent, hop ?? "invalid", message)), unevaluated));
    }

    private void Required(JsonElement? element, string at)
    {
        var target = DataAt(at);
        var reported = false;
        if (element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty("required", out var required)
            && required.ValueKind == JsonValueKind.Array && target is { ValueKind: JsonValueKind.Object } instance)
        {
            foreach (var name in required.EnumerateArray())
            {
                if (name.ValueKind != JsonValueKind.String || instance.TryGetProperty(name.GetString()!, out _)) continue;
                var member = name.GetString()!;
                Add(PointerText.Append(at, member), FieldErrorCodes.Required, RequiredMessage(e, member, MessageCatalog.Required));
                reported = true;
            }
        }

        if (!reported) Add(at, FieldErrorCodes.Required, CustomMessage.Apply(element, "required", MessageCatalog.Required));
    }

    private void DependentRequired(JsonElement? element, string keyword, string at)
    {
        var target = DataAt(at);
        var reported = false;
        if (element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(keyword, out var dependencies)
            && dependencies.ValueKind == JsonValueKind.Object && target is { ValueKind: JsonValueKind.Object } instance)
        {
            foreach (var dependency in dependencies.EnumerateObject())
            {
                if (dependency.Value.ValueKind != JsonValueKind.Array || !instance.TryGetProperty(dependency.Name, out _)) continue;
                foreach (var name in dependency.Value.EnumerateArray())
                {
                    if (name.ValueKind != JsonValueKind.String || instance.TryGetProperty(name.GetString()!, out _)) continue;
                    var member = name.GetString()!;
                    var generated = MessageCatalog.DependentRequired(dependency.Name);
                    Add(PointerText.Append(at, member), FieldErrorCodes.DependentRequired, RequiredMessage(e, member, generated, "dependentRequired"));
                    reported = true;
                }
            }
        }

        if (!reported)
        {
            Add(at, FieldErrorCodes.DependentRequired, CustomMessage.Apply(element, "dependentRequired", MessageCatalog.Required));
        }
    }

    /// <summary>
    /// For a missing member, a message written for <c>required</c> on the member's own schema
    /// (<c>"properties": {"name": {"x-message": {"required": …}}}</c>) wins over one on the object.
    /// </summary>
    private static Bilingual RequiredMessage(JsonElement holder, string member, Bilingual generated, string keyword = "required")
    {
        if (holder.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty(member, out var memberSchema) && CustomMessage.HasKeyed(memberSchema, keyword))
        {
            return CustomMessage.Apply(memberSchema, keyword, generated);
        }

        return CustomMessage.Apply(holder, keyword, generated);
    }

    private (int? First, int? Second) FirstDuplicate(string location)
    {
        if (DataAt(location) is not { ValueKind: JsonValueKind.Array } array || array.GetArrayLength() > 2000) return (null, null);
        var items = array.EnumerateArray().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (JsonElement.DeepEquals(items[i], items[j])) return (i, j);
            }
        }

        return (null, null);
    }

    private JsonElement? DataAt(string pointer)
    {
        if (!PointerText.TrySplit(pointer, out var segments)) return null;
        var current = data;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var member))
            {
                current = member;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, System.Globalization.NumberStyles.None,
                         System.Globalization.CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The true data pointer of a child result: the parent's plus the segment the child's instance location adds.
    /// JsonSchema.Net 8.0.5 numbers the items that <c>items</c> evaluates after <c>prefixItems</c> from 0 instead of
    /// from the number of prefix items; <paramref name="shift"/> puts them back where they are.
    /// </summary>
    private static string ChildPointer(EvaluationResults node, EvaluationResults child, string at, int shift)
    {
        var location = child.InstanceLocation;
        if (location.SegmentCount <= node.InstanceLocation.SegmentCount) return at;
        var segment = location[location.SegmentCount - 1].ToString();
        if (shift > 0 && int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            segment = (index + shift).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return at + "/" + segment;
    }

    /// <summary>
    /// How far the <c>items</c> results of <paramref name="node"/> are misnumbered: the number of prefix items when
    /// any of them claims an index below it (which a correct <c>items</c> never does), else 0.
    /// </summary>
    private static int ItemsShift(EvaluationResults node, JsonElement? element, int depth)
    {
        if (element is not { ValueKind: JsonValueKind.Object } e || !e.TryGetProperty("prefixItems", out var prefix)
            || prefix.ValueKind != JsonValueKind.Array || prefix.GetArrayLength() == 0)
        {
            return 0;
        }

        var count = prefix.GetArrayLength();
        var parentSegments = node.InstanceLocation.SegmentCount;
        foreach (var child in node.Details!)
        {
            var location = child.InstanceLocation;
            if (Hop(child, depth).Keyword != "items" || location.SegmentCount <= parentSegments) continue;
            var text = location[location.SegmentCount - 1].ToString();
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index < count)
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>The keyword (and member name or index) that leads from a result to its child result.</summary>
    private static (string Keyword, string? Member) Hop(EvaluationResults child, int parentDepth)
    {
        var path = child.EvaluationPath;
        if (path.SegmentCount <= parentDepth) return ("", null);
        var keyword = PointerText.Unescape(path[parentDepth].ToString());
        var member = path.SegmentCount > parentDepth + 1 ? path[parentDepth + 1].ToString() : null;
        return (keyword, member);
    }

    /// <summary>The schema object a child result was evaluated against.</summary>
    private JsonElement? ChildSchema(JsonElement? parent, string keyword, string? member, EvaluationResults child)
    {
        if (keyword is "$ref" or "$dynamicRef" or "$recursiveRef" || parent is not { ValueKind: JsonValueKind.Object } holder
            || !holder.TryGetProperty(keyword, out var value))
        {
            return FromLocation(child);
        }

        JsonElement found;
        switch (keyword)
        {
            case "properties":
                var location = child.InstanceLocation;
                if (location.SegmentCount == 0 || value.ValueKind != JsonValueKind.Object) return null;
                var name = PointerText.Unescape(location[location.SegmentCount - 1].ToString());
                return value.TryGetProperty(name, out found) ? found : null;
            case "patternProperties" or "dependentSchemas" or "$defs" or "definitions":
                if (member is null || value.ValueKind != JsonValueKind.Object) return null;
                foreach (var candidate in (ReadOnlySpan<string>)[member, PointerText.Unescape(member), PointerText.Unescape(PointerText.Unescape(member))])
                {
                    if (value.TryGetProperty(candidate, out found)) return found;
                }

                return null;
            case "allOf" or "anyOf" or "oneOf" or "prefixItems":
                if (value.ValueKind != JsonValueKind.Array || !int.TryParse(member, System.Globalization.NumberStyles.None,
                        System.Globalization.CultureInfo.InvariantCulture, out var index) || index >= value.GetArrayLength())
                {
                    return null;
                }

                return value[index];
            default:
                return SchemaKeywords.IsSchema(value) ? value : null;
        }
    }

    private JsonElement? FromLocation(EvaluationResults result) =>
        schema.Resolve(result.SchemaLocation) is { } found && found.Element.ValueKind != JsonValueKind.Undefined ? found.Element : null;

    private void Add(string pointer, string code, Bilingual message) =>
        collected.Add(new CollectedError(Error(pointer, code, message), false));

    private static FieldError Error(string pointer, string code, Bilingual message) => new(pointer, code, message.Zh, message.En);

    private List<FieldError> Finish()
    {
        var specific = collected.Where(c => !c.FromUnevaluated).Select(c => c.Error.Pointer).ToList();
        var seen = new HashSet<FieldError>();
        var result = new List<FieldError>(collected.Count);
        foreach (var (error, fromUnevaluated) in collected)
        {
            if (fromUnevaluated && specific.Any(p => p == error.Pointer || p.StartsWith(error.Pointer + "/", StringComparison.Ordinal))) continue;
            if (seen.Add(error)) result.Add(error);
        }

        return result;
    }
}
