namespace Workflows.Scripting.Tests;

public class SandboxLimitsTests
{
    [Fact]
    public void Default_Read_SafeValues()
    {
        var limits = SandboxLimits.Default;

        Assert.Equal(TimeSpan.FromMilliseconds(500), limits.Timeout);
        Assert.Equal(100_000, limits.MaxStatements);
        Assert.Equal(16L * 1024 * 1024, limits.MaxMemoryBytes);
        Assert.Equal(64, limits.MaxRecursionDepth);
        Assert.Same(limits, new RuleSandbox().Limits);
    }

    [Theory]
    [InlineData(0, 1, 1, 1)]
    [InlineData(100, 0, 1, 1)]
    [InlineData(100, 1, 0, 1)]
    [InlineData(100, 1, 1, -1)]
    public void Constructor_NonPositiveLimit_Rejected(int milliseconds, int statements, long memory, int depth)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleSandbox(new SandboxLimits(TimeSpan.FromMilliseconds(milliseconds), statements, memory, depth)));
    }
}
