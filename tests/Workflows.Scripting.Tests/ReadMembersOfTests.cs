namespace Workflows.Scripting.Tests;

public class ReadMembersOfTests
{
    [Fact]
    public void ReadMembersOf_DotBracketAndOptional_AllNamed()
    {
        var rule = Sandbox.Compile("form.area > 0 && form[\"rooms\"] > 1 && form?.x && form['y'] && form[`z`]");

        Assert.Equal(["area", "rooms", "x", "y", "z"], rule.ReadMembersOf("form").Order(StringComparer.Ordinal));
        Assert.False(rule.ReadsDynamically("form"));
    }

    [Fact]
    public void ReadMembersOf_NestedAccess_FirstLevelOnly()
    {
        var rule = Sandbox.Compile("form.address.city === 'x' && form.owner?.name");

        Assert.Equal(["address", "owner"], rule.ReadMembersOf("form").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadMembersOf_SeveralRoots_EachSeparate()
    {
        var rule = Sandbox.Compile("form.area >= params.minArea && state.level < 5");

        Assert.Equal(["area"], rule.ReadMembersOf("form"));
        Assert.Equal(["minArea"], rule.ReadMembersOf("params"));
        Assert.Equal(["level"], rule.ReadMembersOf("state"));
        Assert.Empty(rule.ReadMembersOf("unit"));
    }

    [Fact]
    public void ReadMembersOf_InsideBodyFunctionsAndLoops_Found()
    {
        var rule = Sandbox.Compile(
            """
            function score(u) { return u.points * form.weight; }
            let total = 0;
            for (const u of units) { total += score(u); }
            if (form.bonus) { total += 1; }
            return total;
            """,
            RuleSourceKind.Body);

        Assert.Equal(["bonus", "weight"], rule.ReadMembersOf("form").Order(StringComparer.Ordinal));
        Assert.Equal(["points"], rule.ReadMembersOf("u"));
    }

    [Fact]
    public void ReadMembersOf_Destructuring_NamesEachKey()
    {
        var rule = Sandbox.Compile("const { area, share: ratio = 0 } = form; return area * ratio;", RuleSourceKind.Body);

        Assert.Equal(["area", "share"], rule.ReadMembersOf("form").Order(StringComparer.Ordinal));
        Assert.False(rule.ReadsDynamically("form"));
    }

    [Theory]
    [InlineData("form[params.field]")]
    [InlineData("Object.keys(form).length")]
    [InlineData("({ ...form }).a")]
    [InlineData("JSON.stringify(form)")]
    public void ReadsDynamically_RootUsedWhole_True(string source)
    {
        var rule = Sandbox.Compile(source);

        Assert.True(rule.ReadsDynamically("form"));
    }

    [Fact]
    public void ReadsDynamically_RestInDestructuring_True()
    {
        var rule = Sandbox.Compile("const { a, ...rest } = form; return rest;", RuleSourceKind.Body);

        Assert.Equal(["a"], rule.ReadMembersOf("form"));
        Assert.True(rule.ReadsDynamically("form"));
    }

    [Fact]
    public void ReadMembersOf_ObjectLiteralKeyNamedLikeRoot_NotARead()
    {
        var rule = Sandbox.Compile("({ form: 1, x: params.form })");

        Assert.Empty(rule.ReadMembersOf("form"));
        Assert.False(rule.ReadsDynamically("form"));
        Assert.Equal(["form"], rule.ReadMembersOf("params"));
    }
}
