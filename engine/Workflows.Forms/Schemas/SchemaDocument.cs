using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using Workflows.Forms.Documents;

namespace Workflows.Forms.Schemas;

/// <summary>
/// A schema document as JSON, indexed by resource URI (<c>$id</c>) and anchor, so that a schema location reported
/// by the evaluator (an absolute URI with a JSON Pointer fragment) can be turned back into the schema object whose
/// constraint values and custom messages the error messages need. Locations in other documents (the meta-schemas,
/// schemas registered globally) are found through the schema registry and indexed on first use. Immutable after
/// construction apart from that thread-safe cache.
/// </summary>
internal sealed class SchemaDocument
{
    private readonly Dictionary<string, SchemaRef> resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SchemaRef?> foreign = new(StringComparer.Ordinal);
    private readonly SchemaRegistry? registry;

    public SchemaDocument(JsonElement? root, Uri baseUri, SchemaRegistry? registry)
    {
        this.registry = registry;
        if (root is { } element)
        {
            var rootBase = RebaseOn(element, baseUri);
            Root = new SchemaRef(element, rootBase, UriKey(rootBase) + "#");
            Index(resources, element, baseUri, 0);
            resources.TryAdd(UriKey(baseUri), Root);
        }
        else
        {
            Root = new SchemaRef(default, baseUri, UriKey(baseUri) + "#");
        }
    }

    public SchemaRef Root { get; }

    /// <summary>The schema at an absolute location such as <c>https://x/schema.json#/properties/a</c>, if known.</summary>
    public SchemaRef? Resolve(Uri? location)
    {
        if (location is null || !location.IsAbsoluteUri) return null;
        var key = UriKey(location);
        var fragment = location.Fragment;
        if (!resources.TryGetValue(key, out var resource))
        {
            var found = foreign.GetOrAdd(key, FindForeign);
            if (found is null) return null;
            resource = found.Value;
        }

        if (fragment.Length <= 1) return resource;
        var pointer = PointerText.FromUriFragment(fragment);
        if (pointer is null)
        {
            var anchor = key + "#" + Uri.UnescapeDataString(fragment[1..]);
            if (resources.TryGetValue(anchor, out var anchored)) return anchored;
            return foreign.TryGetValue(anchor, out var foreignAnchored) ? foreignAnchored : null;
        }

        return Navigate(resource, pointer);
    }

    /// <summary>Resolves a <c>$ref</c> value against the base URI of the schema that holds it.</summary>
    public SchemaRef? ResolveReference(SchemaRef holder, string reference)
    {
        try
        {
            return Resolve(new Uri(holder.BaseUri, reference));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>The base URI of <paramref name="schema"/>: its own <c>$id</c> resolved against the parent base.</summary>
    public static Uri RebaseOn(JsonElement schema, Uri parentBase)
    {
        if (schema.ValueKind == JsonValueKind.Object
            && schema.TryGetProperty("$id", out var id) && id.ValueKind == JsonValueKind.String
            && Uri.TryCreate(parentBase, id.GetString(), out var rebased))
        {
            return rebased;
        }

        return parentBase;
    }

    public static string UriKey(Uri uri) =>
        uri.IsAbsoluteUri ? uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped) : uri.OriginalString;

    private static SchemaRef? Navigate(SchemaRef resource, string pointer)
    {
        if (!PointerText.TrySplit(pointer, out var segments)) return null;
        var current = resource.Element;
        var baseUri = resource.BaseUri;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var next))
            {
                current = next;
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

            baseUri = RebaseOn(current, baseUri);
        }

        return new SchemaRef(current, baseUri, UriKey(resource.BaseUri) + "#" + pointer);
    }

    private SchemaRef? FindForeign(string key)
    {
        if (registry is null || !Uri.TryCreate(key, UriKind.Absolute, out var uri)) return null;
        try
        {
            if (registry.Get(uri) is not JsonSchema schema) return null;
            var element = schema.Root.Source;
            var found = new Dictionary<string, SchemaRef>(StringComparer.Ordinal);
            Index(found, element, uri, 0);
            foreach (var (anchorKey, anchored) in found)
            {
                if (anchorKey.Contains('#', StringComparison.Ordinal)) foreign.TryAdd(anchorKey, anchored);
            }

            return new SchemaRef(element, RebaseOn(element, uri), key + "#");
        }
        catch (Exception exception) when (exception is JsonSchemaException or RefResolutionException or InvalidOperationException
                                              or ArgumentException or UriFormatException)
        {
            return null;
        }
    }

    private static void Index(Dictionary<string, SchemaRef> into, JsonElement schema, Uri parentBase, int depth)
    {
        if (depth > DocumentConversion.MaxDepth || schema.ValueKind != JsonValueKind.Object) return;
        var baseUri = RebaseOn(schema, parentBase);
        if (!ReferenceEquals(baseUri, parentBase)) into.TryAdd(UriKey(baseUri), new SchemaRef(schema, baseUri, UriKey(baseUri) + "#"));
        foreach (var anchorKeyword in (ReadOnlySpan<string>)["$anchor", "$dynamicAnchor"])
        {
            if (schema.TryGetProperty(anchorKeyword, out var anchor) && anchor.ValueKind == JsonValueKind.String)
            {
                var key = UriKey(baseUri) + "#" + anchor.GetString();
                into.TryAdd(key, new SchemaRef(schema, baseUri, key));
            }
        }

        foreach (var (_, _, subschema) in SchemaKeywords.Subschemas(schema)) Index(into, subschema, baseUri, depth + 1);
    }
}
