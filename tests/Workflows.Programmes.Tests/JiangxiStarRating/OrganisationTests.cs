using System.Text.Json.Nodes;
using static Workflows.Programmes.Tests.JiangxiStarRating.StarRatingData;

namespace Workflows.Programmes.Tests.JiangxiStarRating;

/// <summary>The demo directory fits the programme's unit types and roles, so every task and review level finds its people.</summary>
public sealed class OrganisationTests
{
    [Fact]
    public void Units_TypesAndParents_AreThoseTheProgrammeAllows()
    {
        var types = Seed.Programme.UnitTypes;
        var byId = Units.Select(u => u!.AsObject()).ToDictionary(u => (string)u["id"]!);

        foreach (var unit in byId.Values)
        {
            var type = (string)unit["type"]!;
            Assert.True(types.ContainsKey(type), $"unknown type {type}");
            if (unit["parent"] is JsonNode parent)
            {
                Assert.Contains((string)byId[(string)parent!]["type"]!, types[type].Parents);
            }
            else
            {
                Assert.Empty(types[type].Parents);
            }
        }
    }

    [Fact]
    public void Users_EveryRoleHeld_ExistsInThatUnitsType()
    {
        var typeOf = Units.ToDictionary(u => (string)u!["id"]!, u => (string)u!["type"]!);

        foreach (var user in Users)
        {
            foreach (var held in user!["roles"]!.AsArray())
            {
                var unit = (string)held!["unit"]!;
                Assert.True(typeOf.ContainsKey(unit), $"{user["id"]} holds a role in unknown unit {unit}");
                Assert.True(Seed.Programme.UnitTypes[typeOf[unit]].Roles.ContainsKey((string)held["role"]!), $"{user["id"]}: {held["role"]} in {typeOf[unit]}");
            }
        }
    }

    [Fact]
    public void Directory_Hierarchy_IsJiangxiWithNanchangAndGanzhou()
    {
        Assert.Equal("江西省", (string?)UnitsOfType("province").Single()["name"]!["zh"]);
        Assert.Equal(["南昌市", "赣州市"], UnitsOfType("city").Select(c => (string)c["name"]!["zh"]!));
        Assert.Equal(5, UnitsOfType("county").Count());
        Assert.Equal(10, UnitsOfType("street").Count());
        Assert.Equal(24, UnitsOfType("community").Count(c => AncestorOfType(c, "city")!["id"]!.GetValue<string>() == "nc"));
    }

    [Fact]
    public void Communities_SecretaryServingAsDirector_IsCommonButNotUniversal()
    {
        // "积极推行社区党组织书记通过法定程序担任居民委员会主任": some communities have one person in both posts.
        var communities = UnitsOfType("community").Select(c => (string)c["id"]!).ToList();
        var both = communities.Count(id => HoldersOf(id, "secretary").Intersect(HoldersOf(id, "director")).Any());

        Assert.InRange(both, 1, communities.Count - 1);
    }
}
