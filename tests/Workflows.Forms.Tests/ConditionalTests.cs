using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class ConditionalTests
{
    private const string Schema = """
        {
          "type": "object",
          "properties": {
            "hasRentedPremises": { "type": "boolean" },
            "leaseYears": { "type": "integer" },
            "ownershipCertificate": { "type": "string" }
          },
          "if": { "properties": { "hasRentedPremises": { "const": true } }, "required": ["hasRentedPremises"] },
          "then": { "required": ["leaseYears"], "properties": { "leaseYears": { "minimum": 5 } } },
          "else": { "required": ["ownershipCertificate"] }
        }
        """;

    [Fact]
    public void Validate_RentedWithoutLeaseYears_RequiresLeaseYears()
    {
        var error = Check.Single(Schema, """{"hasRentedPremises":true}""");

        Assert.Equal(("/leaseYears", "form.required"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_RentedWithShortLease_ReportsMinimumOnLeaseYears()
    {
        var error = Check.Single(Schema, """{"hasRentedPremises":true,"leaseYears":3}""");

        Assert.Equal(new FieldError("/leaseYears", "form.minimum", "不能小于 5", "Must be at least 5"), error);
    }

    [Fact]
    public void Validate_RentedWithLongEnoughLease_IsValid()
    {
        Assert.Empty(Check.Validate(Schema, """{"hasRentedPremises":true,"leaseYears":5}"""));
    }

    [Fact]
    public void Validate_NotRented_AppliesElseBranchOnly()
    {
        var error = Check.Single(Schema, """{"hasRentedPremises":false,"leaseYears":1}""");

        Assert.Equal(("/ownershipCertificate", "form.required"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_IfBranchThatDoesNotMatch_IsNotReported()
    {
        Assert.Empty(Check.Validate(Schema, """{"hasRentedPremises":false,"ownershipCertificate":"粤房字第1号"}"""));
    }

    [Fact]
    public void Validate_ConditionInsideAllOf_ReportsTheFailingLeafOnly()
    {
        var errors = Check.Validate(
            """
            {"allOf":[
              {"if":{"properties":{"kind":{"const":"rural"}},"required":["kind"]},"then":{"required":["villageCode"]}},
              {"properties":{"area":{"minimum":500}}}
            ]}
            """,
            """{"kind":"rural","area":10}""");

        Assert.Equal([("/villageCode", "form.required"), ("/area", "form.minimum")], errors.Select(e => (e.Pointer, e.Code)));
    }
}
