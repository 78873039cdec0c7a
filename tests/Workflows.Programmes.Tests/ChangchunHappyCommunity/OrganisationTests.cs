using System.Text.Json.Nodes;

namespace Workflows.Programmes.Tests.ChangchunHappyCommunity;

/// <summary>org.json: a city of districts, streets and communities in which every role is held.</summary>
public sealed class OrganisationTests
{
    [Fact]
    public void Org_EveryUnit_HasADeclaredTypeAndAParentItMaySitUnder()
    {
        var programme = ChangchunFiles.Seed.Programme;
        var units = ChangchunFiles.Org["units"]!.AsArray().Select(u => u!.AsObject()).ToDictionary(u => (string)u["id"]!);
        foreach (var unit in units.Values)
        {
            var type = programme.UnitTypes[(string)unit["type"]!];
            if (unit["parent"] is JsonValue parent)
            {
                Assert.Contains((string)units[(string)parent!]["type"]!, type.Parents);
            }
        }
    }

    [Fact]
    public void Org_EveryRoleOfEveryUnitType_IsHeldSomewhere()
    {
        var programme = ChangchunFiles.Seed.Programme;
        foreach (var (typeId, type) in programme.UnitTypes)
        {
            foreach (var role in type.Roles.Keys)
            {
                Assert.True(ChangchunFiles.UnitsOfType(typeId).Any(u => ChangchunFiles.Holders(u, role).Count > 0), $"{typeId}.{role} is held by no one");
            }
        }
    }

    [Fact]
    public void Org_EveryCommunity_HasADirectorAndBothAssessors()
    {
        var communities = ChangchunFiles.UnitsOfType("community");
        Assert.Equal(12, communities.Count);
        foreach (var community in communities)
        {
            Assert.NotEmpty(ChangchunFiles.Holders(community, "director"));
            var admin = ChangchunFiles.Holders(community, "adminAssessor");
            var social = ChangchunFiles.Holders(community, "socialAssessor");
            Assert.NotEmpty(admin);
            Assert.NotEmpty(social);
            Assert.Empty(admin.Intersect(social));
        }
    }

    [Fact]
    public void Org_PilotCommunities_AreSelectedByTheIsPilotRule()
    {
        var pilots = ChangchunFiles.Org["units"]!.AsArray()
            .Where(u => (string?)u!["type"] == "community")
            .Where(u => ChangchunFiles.Seed.Eval("isPilot", new JsonObject { ["unit"] = u!.DeepClone() })!.GetValue<bool>())
            .Select(u => (string)u!["id"]!)
            .ToList();
        Assert.Equal(["chaoyang-chongqinglu-dongchaoyang", "chaoyang-qinghe-tanzhuqing", "nanguan-ziqiang-ziqiang"], pilots);
        Assert.Equal("isPilot", ChangchunFiles.Seed.Programme.Tasks["pilotCreation"].When);
    }
}
