using System.Text.Json;
using Workflows.Forms.Documents;

namespace Workflows.Forms.Schemas;

/// <summary>
/// A subschema with the base URI it is read against and a key naming its location: the resource URI, <c>#</c>, and
/// the JSON Pointer to it (a subschema inside an embedded <c>$id</c> resource may have a second key through it).
/// </summary>
internal readonly record struct SchemaRef(JsonElement Element, Uri BaseUri, string Key)
{
    public bool TryGet(string keyword, out JsonElement value)
    {
        value = default;
        return Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(keyword, out value);
    }

    /// <summary>A subschema of this one; its key extends this key with the JSON Pointer segments that lead to it.</summary>
    public SchemaRef Child(JsonElement element, string keyword, string? member = null) =>
        new(element, SchemaDocument.RebaseOn(element, BaseUri),
            member is null ? PointerText.Append(Key, keyword) : PointerText.Append(PointerText.Append(Key, keyword), member));
}
