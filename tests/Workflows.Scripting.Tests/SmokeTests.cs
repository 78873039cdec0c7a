namespace Workflows.Scripting.Tests;

public class SmokeTests
{
    [Fact]
    public void Guard_FormAndParams_True()
    {
        Assert.Equal("true", Sandbox.Json("form.area >= params.minArea && form.share >= 0.75", """{"form":{"area":120,"share":0.8},"params":{"minArea":100}}"""));
    }
}
