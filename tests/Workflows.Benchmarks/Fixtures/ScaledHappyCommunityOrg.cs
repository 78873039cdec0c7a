using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Runtime.Organisation;

namespace Workflows.Benchmarks.Fixtures;

/// <summary>
/// The happy-community-54321 directory grown to any number of communities: community k copies the subtree (neighbourhoods,
/// grids, buildings, entrances) and the users of example community k mod 3, with ids and codes suffixed by k. The street
/// and its reviewers stay as they are.
/// </summary>
public static class ScaledHappyCommunityOrg
{
    public const string Street = "street-xinhua";

    public static OrganisationDirectory Build(string orgJson, int communities, Programme? check = null)
    {
        var result = Json(orgJson, communities);
        var loaded = OrganisationJsonReader.Read(result, check);
        return loaded.Success ? loaded.Directory! : throw new InvalidOperationException("Scaled organisation is invalid: " + string.Join("; ", loaded.Errors.Take(5)));
    }

    /// <summary>The grown directory as an org.json document.</summary>
    public static JsonObject Json(string orgJson, int communities)
    {
        var root = JsonNode.Parse(orgJson)!.AsObject();
        var units = root["units"]!.AsArray().Select(u => u!.AsObject()).ToList();
        var users = root["users"]!.AsArray().Select(u => u!.AsObject()).ToList();
        var templates = units.Where(u => (string?)u["type"] == "community").ToList();
        var subtree = templates.ToDictionary(c => (string)c["id"]!, c => Descendants(units, (string)c["id"]!), StringComparer.Ordinal);

        var result = new JsonObject();
        var outUnits = new JsonArray();
        var outUsers = new JsonArray();
        var copied = new HashSet<string>(subtree.Values.SelectMany(s => s), StringComparer.Ordinal);
        foreach (var unit in units.Where(u => !copied.Contains((string)u["id"]!)))
        {
            outUnits.Add(unit.DeepClone());
        }

        foreach (var user in users.Where(u => u["roles"]!.AsArray().All(r => !copied.Contains((string)r!["unit"]!))))
        {
            outUsers.Add(user.DeepClone());
        }

        for (var k = 0; k < communities; k++)
        {
            var template = templates[k % templates.Count];
            var ids = subtree[(string)template["id"]!];
            var suffix = "-" + k.ToString(CultureInfo.InvariantCulture);
            foreach (var unit in units.Where(u => ids.Contains((string)u["id"]!)))
            {
                var copy = unit.DeepClone().AsObject();
                copy["id"] = (string)unit["id"]! + suffix;
                if ((string?)unit["parent"] is { } parent && ids.Contains(parent))
                {
                    copy["parent"] = parent + suffix;
                }

                if ((string?)unit["code"] is { } code)
                {
                    copy["code"] = code + suffix;
                }

                outUnits.Add(copy);
            }

            foreach (var user in users.Where(u => u["roles"]!.AsArray().Any(r => ids.Contains((string)r!["unit"]!))))
            {
                var copy = user.DeepClone().AsObject();
                copy["id"] = (string)user["id"]! + suffix;
                foreach (var grant in copy["roles"]!.AsArray())
                {
                    grant!["unit"] = (string)grant["unit"]! + suffix;
                }

                outUsers.Add(copy);
            }
        }

        result["units"] = outUnits;
        result["users"] = outUsers;
        return result;
    }

    private static HashSet<string> Descendants(List<JsonObject> units, string rootId)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { rootId };
        bool grew;
        do
        {
            grew = false;
            foreach (var unit in units)
            {
                if ((string?)unit["parent"] is { } parent && set.Contains(parent) && set.Add((string)unit["id"]!))
                {
                    grew = true;
                }
            }
        }
        while (grew);
        return set;
    }
}
