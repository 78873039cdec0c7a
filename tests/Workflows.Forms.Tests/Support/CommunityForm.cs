namespace Workflows.Forms.Tests.Support;

/// <summary>A realistic form: a community's 幸福社区 self-assessment with a repeating members section.</summary>
internal static class CommunityForm
{
    public const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "required": ["community", "area", "kind", "reportDate", "leader", "members"],
          "properties": {
            "community": { "type": "string", "minLength": 2, "maxLength": 50 },
            "area": { "type": "number", "minimum": 500, "maximum": 1000000 },
            "kind": {
              "enum": ["urban", "rural"],
              "x-enumLabels": { "urban": { "zh": "城市", "en": "urban" }, "rural": { "zh": "农村", "en": "rural" } }
            },
            "reportDate": { "type": "string", "format": "date" },
            "email": { "type": "string", "format": "email" },
            "website": { "type": "string", "format": "uri" },
            "households": { "type": "integer", "minimum": 0 },
            "ratio": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "multipleOf": 0.01 },
            "hasRentedPremises": { "type": "boolean" },
            "leaseYears": { "type": "integer" },
            "tags": { "type": "array", "items": { "type": "string", "maxLength": 10 }, "uniqueItems": true },
            "leader": { "$ref": "#/$defs/person" },
            "members": { "type": "array", "minItems": 4, "maxItems": 4, "items": { "$ref": "#/$defs/person" } }
          },
          "additionalProperties": false,
          "if": { "properties": { "hasRentedPremises": { "const": true } }, "required": ["hasRentedPremises"] },
          "then": { "required": ["leaseYears"], "properties": { "leaseYears": { "minimum": 5 } } },
          "$defs": {
            "person": {
              "type": "object",
              "required": ["name", "phone"],
              "properties": {
                "name": { "type": "string", "minLength": 1 },
                "phone": { "type": "string", "pattern": "^1[3-9][0-9]{9}$" },
                "idNumber": { "type": "string", "pattern": "^[0-9]{17}[0-9X]$" }
              },
              "additionalProperties": false
            }
          }
        }
        """;

    public const string ValidData = """
        {
          "community": "牛岭社区",
          "area": 1200,
          "kind": "urban",
          "reportDate": "2024-05-01",
          "email": "office@niuling.example.cn",
          "website": "https://niuling.example.cn",
          "households": 3200,
          "ratio": 0.35,
          "hasRentedPremises": true,
          "leaseYears": 5,
          "tags": ["养老", "托育"],
          "leader": { "name": "王芳", "phone": "13800000001" },
          "members": [
            { "name": "李雷", "phone": "13800000002" },
            { "name": "韩梅梅", "phone": "13800000003" },
            { "name": "张伟", "phone": "13800000004" },
            { "name": "刘洋", "phone": "13800000005" }
          ]
        }
        """;
}
