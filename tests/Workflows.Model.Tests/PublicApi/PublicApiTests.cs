using PublicApiGenerator;
using Workflows.Model.Tests.Support;

namespace Workflows.Model.Tests.PublicApi;

/// <summary>
/// The public surface of the language libraries is a contract for the runtime, the server and integrators: every
/// change shows as a diff of the approved files here. To accept a change, copy the <c>.received.txt</c> the
/// failing test writes over the <c>.approved.txt</c>.
/// </summary>
public class PublicApiTests
{
    [Theory]
    [InlineData(typeof(Workflows.Model.Definitions.Programme))]
    [InlineData(typeof(Workflows.Scripting.RuleSandbox))]
    [InlineData(typeof(Workflows.Forms.FormSchema))]
    public void PublicApi_MatchesTheApprovedSnapshot(Type anchor)
    {
        var assembly = anchor.Assembly;
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] }).ReplaceLineEndings("\n");
        var name = assembly.GetName().Name!;
        var approved = Repository.PathOf($"tests/Workflows.Model.Tests/PublicApi/{name}.approved.txt");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received", StringComparison.Ordinal) + ".txt";
        if (!File.Exists(approved) || File.ReadAllText(approved).ReplaceLineEndings("\n") != api)
        {
            File.WriteAllText(received, api);
            Assert.Fail($"The public API of {name} changed; review {received} and copy it over {approved} to accept.");
        }
    }
}
