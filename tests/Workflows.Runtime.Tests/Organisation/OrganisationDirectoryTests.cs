using Workflows.Runtime.Organisation;
using Workflows.Runtime.Tests.Fixtures;

namespace Workflows.Runtime.Tests.Organisation;

public sealed class OrganisationDirectoryTests
{
    private static readonly OrganisationDirectory Org = TestFiles.GovernanceOrg();

    [Fact]
    public void DescendantsOfType_ScopeAboveUnits_ReturnsEveryUnitOfThatTypeBelow()
    {
        Assert.Equal(["c1", "c2", "c3"], Org.DescendantsOfType("city", "community").Select(u => u.Id));
        Assert.Equal(["g1", "g2", "g3"], Org.DescendantsOfType("s1", "grid").Select(u => u.Id));
        Assert.Equal(["c2"], Org.DescendantsOfType("c2", "community").Select(u => u.Id));
        Assert.Equal(["s2"], Org.DescendantsOfType("s2", "street").Select(u => u.Id));
        Assert.Equal(0, Org.DescendantsOfType("nowhere", "grid").Count);
    }

    [Fact]
    public void NearestOfType_UnitBelow_FindsItselfOrTheNearestAncestor()
    {
        Assert.Equal("s2", Org.NearestOfType("g5", "street")?.Id);
        Assert.Equal("c1", Org.NearestOfType("c1", "community")?.Id);
        Assert.Null(Org.NearestOfType("s1", "grid"));
    }

    [Fact]
    public void HoldersOf_RoleInUnit_ReturnsTheUsersHoldingIt()
    {
        Assert.Equal(["gw1"], Org.HoldersOf("g2", "gridWorker"));
        Assert.Empty(Org.HoldersOf("g2", "secretary"));
        Assert.True(Org.Holds("sr1", "s1", "reviewer"));
        Assert.False(Org.Holds("sr1", "s2", "reviewer"));
    }

    [Fact]
    public void FindByCode_TypeAndCode_FindsTheUnitInScope()
    {
        Assert.Equal("mzj", Org.FindByCode("department", "MZJ")?.Id);
        Assert.Equal("c1", Org.FindByCode("community", "XF", "s1")?.Id);
        Assert.Null(Org.FindByCode("community", "XF", "s2"));
    }

    [Fact]
    public void ReadJson_WithProgramme_ChecksUnitTypesAndRoles()
    {
        var json = """
            {"units": [{"id": "x", "type": "planet", "name": {"zh": "X"}}, {"id": "c", "type": "city", "name": {"zh": "C"}}],
             "users": [{"id": "u", "name": "U", "roles": [{"unit": "c", "role": "astronaut"}]}]}
            """;
        var result = OrganisationJsonReader.Read(json, TestFiles.GovernanceProgramme);

        Assert.False(result.Success);
        Assert.Contains(result.Errors, e => e.Code == OrganisationErrorCodes.UnknownType && e.Location == "/units/0");
        Assert.Contains(result.Errors, e => e.Code == OrganisationErrorCodes.UnknownRole && e.Location == "/users/0/roles/0");
    }

    [Fact]
    public void ReadJson_DuplicateIdsAndCycle_ReportsEach()
    {
        var json = """
            {"units": [
              {"id": "a", "type": "t", "name": {"zh": "A"}, "parent": "b"},
              {"id": "b", "type": "t", "name": {"zh": "B"}, "parent": "a"},
              {"id": "a", "type": "t", "name": {"zh": "A2"}}
            ]}
            """;
        var result = OrganisationJsonReader.Read(json);

        Assert.Contains(result.Errors, e => e.Code == OrganisationErrorCodes.DuplicateUnit && e.Location == "/units/2");
        Assert.Contains(result.Errors, e => e.Code == OrganisationErrorCodes.Cycle && e.MessageEn.Contains("a → b → a", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadCsv_ExtraColumns_BecomeTypedAttributes()
    {
        var units = """
            id,type,name_zh,name_en,parent,code,population,urban,district_name
            city,city,长春市,Changchun,,,,,
            c1,community,幸福社区,Xingfu,city,XF,1618,true,朝阳
            """;
        var users = """
            id,name,unit,role
            u1,张三,c1,secretary
            u1,张三,city,director
            """;
        var result = OrganisationCsvReader.Read(new StringReader(units), new StringReader(users));

        Assert.True(result.Success, string.Join("; ", result.Errors));
        var c1 = result.Directory!.FindUnit("c1")!;
        Assert.Equal(1618, c1.Attributes["population"]!.GetValue<long>());
        Assert.True(c1.Attributes["urban"]!.GetValue<bool>());
        Assert.Equal("朝阳", c1.Attributes["district_name"]!.GetValue<string>());
        Assert.Equal(2, result.Directory.FindUser("u1")!.Roles.Count);
    }

    [Fact]
    public void ReadCsv_UnknownParent_ReportsFileAndLine()
    {
        var units = """
            id,type,name_zh,parent
            city,city,长春市,
            c1,community,幸福社区,nowhere
            """;
        var users = """
            id,name,unit,role
            u1,张三,c9,secretary
            """;
        var result = OrganisationCsvReader.Read(new StringReader(units), new StringReader(users));

        var parent = Assert.Single(result.Errors, e => e.Code == OrganisationErrorCodes.UnknownParent);
        Assert.Equal(3, parent.Line);
        Assert.Equal("units.csv:3", parent.Location);
        var unit = Assert.Single(result.Errors, e => e.Code == OrganisationErrorCodes.UnknownUnit);
        Assert.Equal("users.csv:2", unit.Location);
    }
}
