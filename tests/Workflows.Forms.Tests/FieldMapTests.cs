using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class FieldMapTests
{
    private const string Schema = """
        {
          "type": "object",
          "required": ["community"],
          "properties": {
            "community": { "type": "string" },
            "leader": { "$ref": "#/$defs/person" },
            "members": { "type": "array", "items": { "$ref": "#/$defs/person" } }
          },
          "allOf": [
            { "properties": { "area": { "type": "number" } } },
            { "$ref": "#/$defs/contact" }
          ],
          "anyOf": [{ "required": ["phone"] }, { "required": ["email"] }],
          "oneOf": [{ "properties": { "urbanCode": { "type": "string" } } }, { "properties": { "villageCode": { "type": "string" } } }],
          "if": { "properties": { "hasRentedPremises": { "const": true } } },
          "then": { "properties": { "leaseYears": { "type": "integer" } } },
          "else": { "properties": { "ownershipCertificate": { "type": "string" } } },
          "dependentRequired": { "leaseYears": ["landlord"] },
          "dependentSchemas": { "landlord": { "properties": { "landlordPhone": { "type": "string" } } } },
          "$defs": {
            "person": {
              "type": "object",
              "properties": { "name": { "type": "string" }, "phone": { "type": "string" }, "skills": { "items": { "properties": { "level": {} } } } }
            },
            "contact": { "properties": { "email": { "type": "string" }, "address": { "properties": { "street": {} } } } }
          }
        }
        """;

    [Fact]
    public void TopLevelFields_NamesInCombinatorsAndConditionals_AreAllCollected()
    {
        var fields = Check.Compile(Schema).TopLevelFields;

        Assert.Equal(
            new[]
            {
                "address", "area", "community", "email", "hasRentedPremises", "landlord", "landlordPhone", "leader", "leaseYears",
                "members", "ownershipCertificate", "phone", "urbanCode", "villageCode",
            },
            fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("/community", true)]
    [InlineData("/leader/name", true)]
    [InlineData("/members/*/name", true)]
    [InlineData("/members/0/name", true)]
    [InlineData("/members/*/skills/*/level", true)]
    [InlineData("/area", true)]
    [InlineData("/address/street", true)]
    [InlineData("/leaseYears", true)]
    [InlineData("/ownershipCertificate", true)]
    [InlineData("/hasRentedPremises", true)]
    [InlineData("/phone", true)]
    [InlineData("/landlordPhone", true)]
    [InlineData("/nope", false)]
    [InlineData("/leader/nope", false)]
    [InlineData("/members/name", false)]
    [InlineData("/community/length", false)]
    [InlineData("/phone/x", false)]
    [InlineData("leader", false)]
    [InlineData("/bad~2escape", false)]
    public void HasField_Pointer_TellsWhetherDeclared(string pointer, bool declared)
    {
        Assert.Equal(declared, Check.Compile(Schema).HasField(pointer));
    }

    [Fact]
    public void HasField_PatternAndAdditionalProperties_AreDeclaredPaths()
    {
        var schema = Check.Compile(
            """
            {"properties":{
              "scores":{"additionalProperties":{"type":"object","properties":{"value":{}}}},
              "codes":{"patternProperties":{"^c[0-9]+$":{}},"additionalProperties":false}
            }}
            """);

        Assert.True(schema.HasField("/scores/anyName/value"));
        Assert.True(schema.HasField("/codes/c12"));
        Assert.False(schema.HasField("/codes/x"));
    }

    [Fact]
    public void HasField_RecursiveSchema_Terminates()
    {
        var schema = Check.Compile(
            """
            {"$ref":"#/$defs/node","$defs":{
              "node":{"properties":{"name":{},"children":{"items":{"$ref":"#/$defs/node"}}},"allOf":[{"$ref":"#/$defs/named"}]},
              "named":{"properties":{"parent":{"$ref":"#/$defs/node"}}}}}
            """);

        Assert.True(schema.HasField("/children/*/children/*/name"));
        Assert.False(schema.HasField("/children/*/other"));
        Assert.True(schema.HasField("/parent/children/*/parent/name"));
        Assert.Equal(["children", "name", "parent"], schema.TopLevelFields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TopLevelFields_BooleanSchema_IsEmpty()
    {
        Assert.Empty(Check.Compile("true").TopLevelFields);
    }
}
