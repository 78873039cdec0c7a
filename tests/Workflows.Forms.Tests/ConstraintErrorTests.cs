using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class ConstraintErrorTests
{
    [Theory]
    [InlineData("""{"properties":{"a":{"type":"number"}}}""", """{"a":"x"}""", "/a", "form.type")]
    [InlineData("""{"properties":{"d":{"type":"string","format":"date"}}}""", """{"d":"2024-02-30"}""", "/d", "form.format")]
    [InlineData("""{"properties":{"k":{"enum":["urban","rural"]}}}""", """{"k":"town"}""", "/k", "form.enum")]
    [InlineData("""{"properties":{"agree":{"const":true}}}""", """{"agree":false}""", "/agree", "form.const")]
    [InlineData("""{"properties":{"a":{"minimum":500}}}""", """{"a":499.5}""", "/a", "form.minimum")]
    [InlineData("""{"properties":{"a":{"maximum":10}}}""", """{"a":11}""", "/a", "form.maximum")]
    [InlineData("""{"properties":{"a":{"exclusiveMinimum":0}}}""", """{"a":0}""", "/a", "form.exclusiveMinimum")]
    [InlineData("""{"properties":{"a":{"exclusiveMaximum":1}}}""", """{"a":1}""", "/a", "form.exclusiveMaximum")]
    [InlineData("""{"properties":{"s":{"minLength":2}}}""", """{"s":"x"}""", "/s", "form.minLength")]
    [InlineData("""{"properties":{"s":{"maxLength":2}}}""", """{"s":"xyz"}""", "/s", "form.maxLength")]
    [InlineData("""{"properties":{"p":{"pattern":"^1[0-9]{10}$"}}}""", """{"p":"12345"}""", "/p", "form.pattern")]
    [InlineData("""{"properties":{"l":{"minItems":2}}}""", """{"l":[1]}""", "/l", "form.minItems")]
    [InlineData("""{"properties":{"l":{"maxItems":1}}}""", """{"l":[1,2]}""", "/l", "form.maxItems")]
    [InlineData("""{"properties":{"l":{"uniqueItems":true}}}""", """{"l":["a","b","a"]}""", "/l", "form.uniqueItems")]
    [InlineData("""{"properties":{"a":true},"additionalProperties":false}""", """{"a":1,"extra":2}""", "/extra", "form.additionalProperties")]
    [InlineData("""{"properties":{"a":{"multipleOf":0.5}}}""", """{"a":1.2}""", "/a", "form.multipleOf")]
    [InlineData("""{"properties":{"o":{"minProperties":2}}}""", """{"o":{"x":1}}""", "/o", "form.minProperties")]
    [InlineData("""{"properties":{"o":{"maxProperties":1}}}""", """{"o":{"x":1,"y":2}}""", "/o", "form.maxProperties")]
    [InlineData("""{"properties":{"v":{"oneOf":[{"type":"number"},{"type":"integer"}]}}}""", """{"v":3}""", "/v", "form.oneOf")]
    [InlineData("""{"properties":{"v":{"anyOf":[{"required":["a"]},{"required":["b"]}]}}}""", """{"v":{}}""", "/v", "form.anyOf")]
    [InlineData("""{"properties":{"v":{"not":{"const":"none"}}}}""", """{"v":"none"}""", "/v", "form.not")]
    [InlineData("""{"dependentRequired":{"email":["emailVerifiedAt"]}}""", """{"email":"a@b.cn"}""", "/emailVerifiedAt", "form.dependentRequired")]
    [InlineData("""{"properties":{"l":{"contains":{"const":"leader"}}}}""", """{"l":["member","member"]}""", "/l", "form.contains")]
    [InlineData("""{"properties":{"retired":false}}""", """{"retired":1}""", "/retired", "form.invalid")]
    [InlineData("""{"required":["name"]}""", """{}""", "/name", "form.required")]
    public void Validate_ViolatedConstraint_ReportsCodeAtDataPointer(string schema, string data, string pointer, string code)
    {
        var error = Check.Single(schema, data);

        Assert.Equal(pointer, error.Pointer);
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageEn));
    }

    [Fact]
    public void Validate_ValidData_ReturnsNoErrors()
    {
        Assert.Empty(Check.Validate(CommunityForm.Schema, CommunityForm.ValidData));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllAtOnce()
    {
        var errors = Check.Validate(
            CommunityForm.Schema,
            """{"community":"x","area":100,"kind":"town","reportDate":"2024/05/01","leader":{"name":"王芳"},"members":[]}""");

        Assert.Equal(
            new[]
            {
                ("/community", "form.minLength"), ("/area", "form.minimum"), ("/kind", "form.enum"), ("/reportDate", "form.format"),
                ("/leader/phone", "form.required"), ("/members", "form.minItems"),
            }.OrderBy(e => e.Item1),
            errors.Select(e => (e.Pointer, e.Code)).OrderBy(e => e.Item1));
    }

    [Fact]
    public void Validate_PointerWithSpecialCharacters_IsEscaped()
    {
        var error = Check.Single("""{"properties":{"a/b~c":{"type":"string"}}}""", """{"a/b~c":1}""");

        Assert.Equal("/a~1b~0c", error.Pointer);
    }

    [Fact]
    public void Validate_RootTypeMismatch_PointsAtRoot()
    {
        var error = Check.Single("""{"type":"object"}""", "[]");

        Assert.Equal("", error.Pointer);
        Assert.Equal("form.type", error.Code);
        Assert.Equal("应为对象", error.MessageZh);
        Assert.Equal("Must be an object", error.MessageEn);
    }
}
