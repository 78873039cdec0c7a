using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class NoiseTests
{
    [Fact]
    public void Validate_AllOf_ReportsFailingLeavesOnly()
    {
        var errors = Check.Validate(
            """{"allOf":[{"required":["name"]},{"properties":{"area":{"minimum":500}}},{"properties":{"area":{"type":"number"}}}]}""",
            """{"area":100}""");

        Assert.Equal([("/name", "form.required"), ("/area", "form.minimum")], errors.Select(e => (e.Pointer, e.Code)));
    }

    [Fact]
    public void Validate_SameConstraintTwice_IsReportedOnce()
    {
        var error = Check.Single(
            """{"allOf":[{"$ref":"#/$defs/named"},{"$ref":"#/$defs/named"}],"$defs":{"named":{"required":["name"]}}}""",
            "{}");

        Assert.Equal(("/name", "form.required"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_OneOfWithOneApplicableAlternative_ReportsItsLeafErrors()
    {
        const string dateRef = """
            {"properties":{"due":{"oneOf":[
              {"type":"string","format":"date"},
              {"type":"object","required":["param"],"properties":{"param":{"type":"string"},"offset":{"type":"string","pattern":"^-?P"}},"additionalProperties":false}
            ]}}}
            """;

        Assert.Equal(("/due", "form.format"), Pair(Check.Single(dateRef, """{"due":"2024-13-01"}""")));
        Assert.Equal(("/due/param", "form.required"), Pair(Check.Single(dateRef, """{"due":{"offset":"P1Y"}}""")));
    }

    [Fact]
    public void Validate_AnyOfWhereEveryAlternativeHasAnotherType_ReportsOneTypeError()
    {
        var error = Check.Single(
            """{"properties":{"target":{"anyOf":[{"type":"number"},{"type":"object","required":["param"]}]}}}""",
            """{"target":"half"}""");

        Assert.Equal(new FieldError("/target", "form.type", "应为数字或对象", "Must be a number or an object"), error);
    }

    [Fact]
    public void Validate_AlternativesWithConstDiscriminator_ReportsTheMatchingAlternative()
    {
        var error = Check.Single(
            """
            {"oneOf":[
              {"properties":{"kind":{"const":"date"},"at":{"type":"string","format":"date"}},"required":["kind","at"]},
              {"properties":{"kind":{"const":"cron"},"cron":{"type":"string","minLength":9}},"required":["kind","cron"]}
            ]}
            """,
            """{"kind":"cron","cron":"* *"}""");

        Assert.Equal(("/cron", "form.minLength"), Pair(error));
    }

    [Fact]
    public void Validate_AlternativesEquallyClose_ReportsSummary()
    {
        var error = Check.Single("""{"anyOf":[{"required":["phone"]},{"required":["email"]}]}""", "{}");

        Assert.Equal(new FieldError("", "form.anyOf", "不符合任何一种允许的形式", "Does not match any of the allowed forms"), error);
    }

    [Fact]
    public void Validate_AlternativeClosestByStructure_IsChosen()
    {
        var error = Check.Single(
            """
            {"anyOf":[
              {"type":"object","required":["param"],"properties":{"param":{},"offset":{"pattern":"^-?P"}},"additionalProperties":false},
              {"type":"object","required":["param"],"properties":{"param":{},"month":{},"day":{}},"additionalProperties":false}
            ]}
            """,
            """{"param":"launchDate","offset":"1Y"}""");

        Assert.Equal(("/offset", "form.pattern"), Pair(error));
    }

    [Fact]
    public void Validate_ContainsTrialsOfOtherItems_AreNotErrors()
    {
        Assert.Empty(Check.Validate("""{"contains":{"const":"leader"}}""", """["member","leader","member"]"""));
    }

    [Fact]
    public void Validate_UnevaluatedPropertiesOnFailedMember_ReportsOnlyTheMemberError()
    {
        var errors = Check.Validate(
            """{"properties":{"area":{"minimum":500}},"unevaluatedProperties":false}""",
            """{"area":100,"extra":1}""");

        Assert.Equal([("/area", "form.minimum"), ("/extra", "form.additionalProperties")], errors.Select(Pair));
    }

    [Fact]
    public void Validate_PassingAnyOfBesideFailingKeyword_IgnoresFailedAlternatives()
    {
        var error = Check.Single("""{"anyOf":[{"type":"string"},{"type":"number"}],"minimum":5}""", "1");

        Assert.Equal(("", "form.minimum"), Pair(error));
    }

    private static (string, string) Pair(FieldError error) => (error.Pointer, error.Code);
}
