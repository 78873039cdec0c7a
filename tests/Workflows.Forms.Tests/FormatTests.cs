using Workflows.Forms.Tests.Support;

namespace Workflows.Forms.Tests;

public class FormatTests
{
    [Theory]
    [InlineData("date", "2024-05-01")]
    [InlineData("date-time", "2024-05-01T09:30:00+08:00")]
    [InlineData("time", "09:30:00+08:00")]
    [InlineData("email", "office@niuling.example.cn")]
    [InlineData("uri", "https://niuling.example.cn/report")]
    [InlineData("ipv4", "192.168.1.1")]
    [InlineData("uuid", "123e4567-e89b-12d3-a456-426614174000")]
    [InlineData("duration", "P3Y")]
    public void Validate_WellFormedValue_IsValid(string format, string value)
    {
        Assert.Empty(Check.Validate(Schema(format), $$"""{"v":"{{value}}"}"""));
    }

    [Theory]
    [InlineData("date", "2024/05/01")]
    [InlineData("date", "2024-02-30")]
    [InlineData("date-time", "2024-05-01 09:30")]
    [InlineData("time", "25:00:00+08:00")]
    [InlineData("email", "office.niuling")]
    [InlineData("uri", "not a uri")]
    [InlineData("ipv4", "192.168.1.256")]
    [InlineData("uuid", "123e4567")]
    [InlineData("duration", "3 years")]
    public void Validate_MalformedValue_ReportsFormat(string format, string value)
    {
        var error = Check.Single(Schema(format), $$"""{"v":"{{value}}"}""");

        Assert.Equal(("/v", "form.format"), (error.Pointer, error.Code));
    }

    [Fact]
    public void Validate_MalformedDate_SaysWhatADateLooksLike()
    {
        var error = Check.Single(Schema("date"), """{"v":"5/1/2024"}""");

        Assert.Equal("日期格式应为 YYYY-MM-DD", error.MessageZh);
        Assert.Equal("Must be a date (YYYY-MM-DD)", error.MessageEn);
    }

    [Fact]
    public void Validate_MalformedEmail_SaysSoInBothLanguages()
    {
        var error = Check.Single(Schema("email"), """{"v":"office"}""");

        Assert.Equal("应为有效的电子邮箱地址", error.MessageZh);
        Assert.Equal("Must be a valid email address", error.MessageEn);
    }

    [Fact]
    public void Validate_FormatOnNonString_IsIgnored()
    {
        Assert.Empty(Check.Validate(Schema("date"), """{"v":20240501}"""));
    }

    private static string Schema(string format) => "{\"properties\":{\"v\":{\"format\":\"" + format + "\"}}}";
}
