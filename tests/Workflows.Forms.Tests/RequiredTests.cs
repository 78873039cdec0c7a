using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class RequiredTests
{
    private const string Schema = """
        {
          "type": "object",
          "required": ["leader"],
          "properties": {
            "leader": {
              "type": "object",
              "required": ["name", "phone"],
              "properties": { "name": { "type": "string" }, "phone": { "type": "string" } }
            }
          }
        }
        """;

    [Fact]
    public void Validate_MissingNestedMember_PointsAtTheMemberNotItsParent()
    {
        var error = Check.Single(Schema, """{"leader":{"phone":"13800000001"}}""");

        Assert.Equal(new FieldError("/leader/name", "form.required", "请填写此项", "This field is required"), error);
    }

    [Fact]
    public void Validate_SeveralMissingMembers_ReportsEachOne()
    {
        var errors = Check.Validate(Schema, """{"leader":{}}""");

        Assert.Equal(["/leader/name", "/leader/phone"], errors.Select(e => e.Pointer));
        Assert.All(errors, e => Assert.Equal("form.required", e.Code));
    }

    [Fact]
    public void Validate_MissingTopLevelMember_PointsAtTheMember()
    {
        var error = Check.Single(Schema, "{}");

        Assert.Equal("/leader", error.Pointer);
    }

    [Fact]
    public void Validate_MemberOfWrongType_ReportsTypeNotRequired()
    {
        var error = Check.Single(Schema, """{"leader":"王芳"}""");

        Assert.Equal(("/leader", "form.type"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_RequiredMessageOnMemberSchema_UsesIt()
    {
        var error = Check.Single(
            """
            {"required":["name"],"properties":{"name":{"type":"string",
              "x-message":{"required":{"zh":"请填写负责人姓名","en":"Enter the leader's name"}}}}}
            """,
            "{}");

        Assert.Equal(("/name", "请填写负责人姓名", "Enter the leader's name"), (error.Pointer, error.MessageZh, error.MessageEn));
    }

    [Fact]
    public void Validate_DependentRequired_PointsAtMissingDependency()
    {
        var error = Check.Single(
            """{"dependentRequired":{"hasRentedPremises":["leaseYears"]}}""",
            """{"hasRentedPremises":true}""");

        Assert.Equal("/leaseYears", error.Pointer);
        Assert.Equal("form.dependentRequired", error.Code);
        Assert.Equal("填写了“hasRentedPremises”时，此项必填", error.MessageZh);
        Assert.Equal("This field is required when “hasRentedPremises” is filled in", error.MessageEn);
    }
}
