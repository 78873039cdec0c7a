using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class RepeatingSectionTests
{
    /// <summary>A team of exactly one leader and four members.</summary>
    private const string Team = """
        {
          "type": "object",
          "required": ["leader", "members"],
          "properties": {
            "leader": { "$ref": "#/$defs/person" },
            "members": { "type": "array", "minItems": 4, "maxItems": 4, "items": { "$ref": "#/$defs/person" } }
          },
          "$defs": {
            "person": {
              "type": "object",
              "required": ["name", "phone"],
              "properties": {
                "name": { "type": "string", "minLength": 1 },
                "phone": { "type": "string", "pattern": "^1[3-9][0-9]{9}$" }
              }
            }
          }
        }
        """;

    private static string Person(int i) => $$"""{"name":"成员{{i}}","phone":"1380000000{{i}}"}""";

    private static string Members(int count) => "[" + string.Join(",", Enumerable.Range(1, count).Select(Person)) + "]";

    [Fact]
    public void Validate_OneLeaderAndFourMembers_IsValid()
    {
        Assert.Empty(Check.Validate(Team, $$"""{"leader":{{Person(0)}},"members":{{Members(4)}}}"""));
    }

    [Fact]
    public void Validate_ThreeMembers_ReportsMinItems()
    {
        var error = Check.Single(Team, $$"""{"leader":{{Person(0)}},"members":{{Members(3)}}}""");

        Assert.Equal(new FieldError("/members", "form.minItems", "至少需要 4 项", "At least 4 items are required"), error);
    }

    [Fact]
    public void Validate_FiveMembers_ReportsMaxItems()
    {
        var error = Check.Single(Team, $$"""{"leader":{{Person(0)}},"members":{{Members(5)}}}""");

        Assert.Equal(new FieldError("/members", "form.maxItems", "最多只能有 4 项", "At most 4 items are allowed"), error);
    }

    [Fact]
    public void Validate_NoLeader_PointsAtLeader()
    {
        var error = Check.Single(Team, $$"""{"members":{{Members(4)}}}""");

        Assert.Equal(("/leader", "form.required"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_BadItems_ReportItemPointers()
    {
        var errors = Check.Validate(
            Team,
            $$"""{"leader":{{Person(0)}},"members":[{{Person(1)}},{{Person(2)}},{"name":"张伟","phone":"12345"},{"name":""}]}""");

        Assert.Equal(
            [("/members/2/phone", "form.pattern"), ("/members/3/phone", "form.required"), ("/members/3/name", "form.minLength")],
            errors.Select(e => (e.Pointer, e.Code)));
    }

    [Fact]
    public void Validate_ItemOfWrongType_PointsAtTheItem()
    {
        var error = Check.Single(Team, $$"""{"leader":{{Person(0)}},"members":[{{Person(1)}},{{Person(2)}},{{Person(3)}},"刘洋"]}""");

        Assert.Equal(new FieldError("/members/3", "form.type", "应为对象", "Must be an object"), error);
    }

    [Fact]
    public void Validate_NestedArrays_ReportFullItemPointers()
    {
        var error = Check.Single(
            """{"properties":{"grid":{"items":{"items":{"type":"integer","minimum":0}}}}}""",
            """{"grid":[[1,2],[3,-4]]}""");

        Assert.Equal(("/grid/1/1", "form.minimum"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_PrefixItems_ReportPositionalPointers()
    {
        var errors = Check.Validate(
            """{"prefixItems":[{"type":"string"},{"type":"integer"}],"items":false}""",
            """["王芳","三",true]""");

        Assert.Equal([("/1", "form.type"), ("/2", "form.invalid")], errors.Select(e => (e.Pointer, e.Code)));
    }

    [Fact]
    public void Validate_ItemsAfterPrefixItems_PointAtTheirRealIndex()
    {
        var error = Check.Single(
            """{"prefixItems":[{"type":"string"},{"type":"string"}],"items":{"type":"integer"}}""",
            """["王芳","李雷",1,"二",3]""");

        Assert.Equal(("/3", "form.type"), (error.Pointer, error.Code));
    }
}
