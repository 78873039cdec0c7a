using System.Text.Json;
using Workflows.Model.Wire;

namespace Workflows.Model.Tests;

public class ProgrammeWireTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Deserialize_BilingualTitle_KeepsBothLanguages()
    {
        var programme = JsonSerializer.Deserialize<ProgrammeV1>("""{"id":"p","title":{"zh":"幸福社区","en":"Happy community"}}""", Options);
        Assert.Equal("幸福社区", programme!.Title!.Zh);
        Assert.Equal("Happy community", programme.Title.En);
    }
}
