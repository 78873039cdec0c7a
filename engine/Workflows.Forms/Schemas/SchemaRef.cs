using System.Text.Json;

namespace Workflows.Forms.Schemas;

/// <summary>A subschema with the base URI it is read against and a key unique to its location.</summary>
internal readonly record struct SchemaRef(JsonElement Element, Uri BaseUri, string Key)
{
    public bool TryGet(string keyword, out JsonElement value)
    {
        value = default;
        return Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(keyword, out value);
    }

    public SchemaRef Child(JsonElement element, string keyword, string? member = null) =>
        new(element, SchemaDocument.RebaseOn(element, BaseUri), member is null ? Key + "/" + keyword : Key + "/" + keyword + "/" + member);
}
