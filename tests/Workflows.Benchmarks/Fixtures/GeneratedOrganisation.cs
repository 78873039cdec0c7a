using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Runtime.Organisation;

namespace Workflows.Benchmarks.Fixtures;

/// <summary>A city with one street per 50 communities; each community has a director, each street a reviewer.</summary>
public static class GeneratedOrganisation
{
    public const string City = "city";
    public const int CommunitiesPerStreet = 50;

    public static OrganisationDirectory Build(int communities, Programme? check = null)
    {
        var builder = new OrganisationBuilder();
        builder.AddUnit(new OrgUnit(City, "city", new Text("基准市", "Bench city"), null, "BC", []));
        for (var s = 0; s * CommunitiesPerStreet < communities; s++)
        {
            var street = Street(s);
            builder.AddUnit(new OrgUnit(street, "street", new Text("街道" + Number(s), null), City, "S" + Number(s), []));
            builder.AddUser(Reviewer(s), "审核人" + Number(s));
            builder.AddRole(Reviewer(s), new RoleGrant(street, "reviewer"));
        }

        for (var c = 0; c < communities; c++)
        {
            var id = Community(c);
            var attributes = new JsonObject { ["households"] = 500 + (c % 700), ["population"] = 1500 + (c % 3000) };
            builder.AddUnit(new OrgUnit(id, "community", new Text("社区" + Number(c), null), Street(c / CommunitiesPerStreet), "C" + Number(c), attributes));
            builder.AddUser(Director(c), "主任" + Number(c));
            builder.AddRole(Director(c), new RoleGrant(id, "director"));
        }

        var result = builder.Build(check);
        return result.Success ? result.Directory! : throw new InvalidOperationException("Generated organisation is invalid: " + string.Join("; ", result.Errors));
    }

    public static string Street(int index) => "s" + Number(index);

    public static string Community(int index) => "c" + Number(index);

    public static string Director(int community) => "dir" + Number(community);

    public static string ReviewerOf(int community) => Reviewer(community / CommunitiesPerStreet);

    private static string Reviewer(int street) => "rev" + Number(street);

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
}
