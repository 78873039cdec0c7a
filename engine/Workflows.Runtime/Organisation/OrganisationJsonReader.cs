using System.Text.Json;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;

namespace Workflows.Runtime.Organisation;

/// <summary>
/// Reads <c>{"units": [{"id","type","name":{"zh","en"},"parent","code","attributes"}], "users": [{"id","name","roles":[{"unit","role"}]}]}</c>.
/// Problems are located by JSON Pointer.
/// </summary>
public static class OrganisationJsonReader
{
    public static OrganisationLoadResult Read(string json, Programme? programme = null)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
            return new OrganisationLoadResult(null, [new(OrganisationErrorCodes.Syntax, $"JSON 语法错误：{e.Message}", $"JSON syntax error: {e.Message}", "", line)]);
        }

        return Read(root, programme);
    }

    public static OrganisationLoadResult Read(JsonNode? root, Programme? programme = null)
    {
        var builder = new OrganisationBuilder();
        if (root is not JsonObject doc)
        {
            builder.AddError(new(OrganisationErrorCodes.Syntax, "组织目录必须是 JSON 对象", "An organisation directory must be a JSON object", ""));
            return builder.Build(programme);
        }

        var units = doc["units"] as JsonArray ?? [];
        for (var i = 0; i < units.Count; i++)
        {
            var at = $"/units/{i}";
            if (units[i] is not JsonObject u || Str(u, "id") is not { } id || Str(u, "type") is not { } type)
            {
                builder.AddError(Missing(at, "id, type"));
                continue;
            }

            var name = u["name"] switch
            {
                JsonObject n => new Text(Str(n, "zh") ?? id, Str(n, "en")),
                JsonValue v when v.GetValueKind() == JsonValueKind.String => new Text(v.GetValue<string>(), null),
                _ => new Text(id, null),
            };
            var attributes = u["attributes"] is JsonObject a ? a.DeepClone().AsObject() : [];
            builder.AddUnit(new OrgUnit(id, type, name, Str(u, "parent"), Str(u, "code"), attributes), at);
        }

        var users = doc["users"] as JsonArray ?? [];
        for (var i = 0; i < users.Count; i++)
        {
            var at = $"/users/{i}";
            if (users[i] is not JsonObject u || Str(u, "id") is not { } id)
            {
                builder.AddError(Missing(at, "id"));
                continue;
            }

            builder.AddUser(id, Str(u, "name") ?? id, at);
            var roles = u["roles"] as JsonArray ?? [];
            for (var r = 0; r < roles.Count; r++)
            {
                var rat = $"{at}/roles/{r}";
                if (roles[r] is JsonObject g && Str(g, "unit") is { } unit && Str(g, "role") is { } role)
                {
                    builder.AddRole(id, new RoleGrant(unit, role), rat);
                }
                else
                {
                    builder.AddError(Missing(rat, "unit, role"));
                }
            }
        }

        return builder.Build(programme);
    }

    private static string? Str(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { Length: > 0 } s ? s : null;

    private static OrganisationError Missing(string at, string fields) =>
        new(OrganisationErrorCodes.MissingField, $"缺少必填字段：{fields}", $"Missing required field(s): {fields}", at);
}
