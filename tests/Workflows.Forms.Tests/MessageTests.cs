using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class MessageTests
{
    [Fact]
    public void Validate_EnumWithLabels_ListsLabelsInEachLanguage()
    {
        var error = Check.Single(
            """
            {"properties":{"kind":{"enum":["urban","rural"],
              "x-enumLabels":{"urban":{"zh":"城市","en":"urban"},"rural":{"zh":"农村","en":"rural"}}}}}
            """,
            """{"kind":"town"}""");

        Assert.Equal("form.enum", error.Code);
        Assert.Equal("必须是以下之一：城市、农村", error.MessageZh);
        Assert.Equal("Must be one of: urban, rural", error.MessageEn);
    }

    [Fact]
    public void Validate_EnumWithLabelArray_ListsLabelsByPosition()
    {
        var error = Check.Single(
            """{"properties":{"star":{"enum":[1,2,3],"x-enumLabels":[{"zh":"一星","en":"one star"},{"zh":"二星","en":"two stars"},"三星"]}}}""",
            """{"star":5}""");

        Assert.Equal("必须是以下之一：一星、二星、三星", error.MessageZh);
        Assert.Equal("Must be one of: one star, two stars, 三星", error.MessageEn);
    }

    [Fact]
    public void Validate_EnumWithoutLabels_ListsValues()
    {
        var error = Check.Single("""{"properties":{"kind":{"enum":["urban","rural"]}}}""", """{"kind":"town"}""");

        Assert.Equal("必须是以下之一：urban、rural", error.MessageZh);
        Assert.Equal("Must be one of: urban, rural", error.MessageEn);
    }

    [Theory]
    [InlineData("""{"minimum":500}""", "100", "不能小于 500", "Must be at least 500")]
    [InlineData("""{"maximum":12}""", "13", "不能大于 12", "Must be at most 12")]
    [InlineData("""{"exclusiveMinimum":0}""", "0", "必须大于 0", "Must be greater than 0")]
    [InlineData("""{"exclusiveMaximum":1}""", "1", "必须小于 1", "Must be less than 1")]
    [InlineData("""{"multipleOf":0.01}""", "0.125", "必须是 0.01 的整数倍", "Must be a multiple of 0.01")]
    [InlineData("""{"minLength":2}""", "\"王\"", "至少需要 2 个字符", "Must be at least 2 characters long")]
    [InlineData("""{"maxLength":1}""", "\"王芳\"", "不能超过 1 个字符", "Must be at most 1 character long")]
    [InlineData("""{"minItems":4}""", "[1]", "至少需要 4 项", "At least 4 items are required")]
    [InlineData("""{"maxItems":1}""", "[1,2]", "最多只能有 1 项", "At most 1 item is allowed")]
    [InlineData("""{"minProperties":2}""", "{}", "至少需要填写 2 项", "At least 2 fields are required")]
    [InlineData("""{"maxProperties":1}""", """{"a":1,"b":2}""", "最多只能填写 1 项", "At most 1 field is allowed")]
    [InlineData("""{"type":"number"}""", "\"x\"", "应为数字", "Must be a number")]
    [InlineData("""{"type":"integer"}""", "1.5", "应为整数", "Must be a whole number")]
    [InlineData("""{"type":["string","null"]}""", "1", "应为文本或空值", "Must be text or null")]
    [InlineData("""{"type":"array"}""", "{}", "应为列表", "Must be a list")]
    [InlineData("""{"type":"boolean"}""", "1", "应为是或否（布尔值）", "Must be true or false")]
    [InlineData("""{"const":"同意"}""", "\"不同意\"", "必须为 同意", "Must be 同意")]
    [InlineData("""{"pattern":"^[0-9]{6}$"}""", "\"1234\"", "格式不正确，应符合规则 ^[0-9]{6}$", "Must match the pattern ^[0-9]{6}$")]
    [InlineData("""{"uniqueItems":true}""", "[1,2,1]", "不能有重复项：第 1 项与第 3 项相同", "Items must be unique: items 1 and 3 are the same")]
    [InlineData("""{"contains":{"const":"leader"}}""", "[]", "至少需要有一项符合要求", "At least one item must match")]
    [InlineData("""{"contains":{"const":"leader"},"maxContains":1}""", """["leader","leader"]""", "最多只能有 1 项符合要求", "At most 1 item may match")]
    [InlineData("""{"not":{"const":0}}""", "0", "此值不被允许", "This value is not allowed")]
    public void Validate_Constraint_NamesItsValueInBothLanguages(string schema, string data, string zh, string en)
    {
        var error = Check.Single(schema, data);

        Assert.Equal((zh, en), (error.MessageZh, error.MessageEn));
    }

    [Fact]
    public void Validate_BilingualXMessage_ReplacesGeneratedMessage()
    {
        var error = Check.Single(
            """{"properties":{"phone":{"type":"string","pattern":"^1[3-9][0-9]{9}$","x-message":{"zh":"请填写11位手机号","en":"Enter an 11-digit mobile number"}}}}""",
            """{"phone":"12345"}""");

        Assert.Equal(new FieldError("/phone", "form.pattern", "请填写11位手机号", "Enter an 11-digit mobile number"), error);
    }

    [Fact]
    public void Validate_XMessagePerKeyword_AppliesToThatKeywordOnly()
    {
        var schema = """
            {"properties":{"area":{"type":"number","minimum":500,
              "x-message":{"minimum":{"zh":"活动场所面积不少于500平方米","en":"The venue must be at least 500 m²"}}}}}
            """;

        var minimum = Check.Single(schema, """{"area":100}""");
        var type = Check.Single(schema, """{"area":"大"}""");

        Assert.Equal(("活动场所面积不少于500平方米", "The venue must be at least 500 m²"), (minimum.MessageZh, minimum.MessageEn));
        Assert.Equal(("应为数字", "Must be a number"), (type.MessageZh, type.MessageEn));
    }

    [Fact]
    public void Validate_ErrorMessageString_IsUsedForBothLanguages()
    {
        var error = Check.Single("""{"properties":{"n":{"type":"integer","errorMessage":"户数应为整数"}}}""", """{"n":1.5}""");

        Assert.Equal(("户数应为整数", "户数应为整数"), (error.MessageZh, error.MessageEn));
    }

    [Fact]
    public void Validate_XMessageInOneLanguage_KeepsGeneratedMessageForTheOther()
    {
        var error = Check.Single("""{"properties":{"n":{"minimum":1,"x-message":{"zh":"至少一户"}}}}""", """{"n":0}""");

        Assert.Equal(("至少一户", "Must be at least 1"), (error.MessageZh, error.MessageEn));
    }

    [Fact]
    public void Validate_XMessageOnOneOf_ReplacesSummary()
    {
        var error = Check.Single(
            """{"properties":{"v":{"oneOf":[{"required":["a"]},{"required":["b"]}],"x-message":{"zh":"请填写 a 或 b","en":"Fill in a or b"}}}}""",
            """{"v":{}}""");

        Assert.Equal(new FieldError("/v", "form.oneOf", "请填写 a 或 b", "Fill in a or b"), error);
    }
}
