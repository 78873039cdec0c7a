using System.Text.Json.Nodes;
using Workflows.Model.Definitions;
using Workflows.Model.Reading;
using Workflows.Runtime.Organisation;

namespace Workflows.Runtime.Tests.Fixtures;

/// <summary>The programmes and directories the tests run: our own small one, and the repository's 54321 programme when present.</summary>
public static class TestFiles
{
    private static readonly Lazy<Programme> Governance = new(() => Read(Path.Combine(AppContext.BaseDirectory, "TestData", "governance.programme.json")));

    public static Programme GovernanceProgramme => Governance.Value;

    public static OrganisationDirectory GovernanceOrg(Programme? check = null) =>
        LoadOrg(Path.Combine(AppContext.BaseDirectory, "TestData", "governance.org.json"), check);

    /// <summary>The governance programme with an edit applied to its JSON first, read and validated like any programme.</summary>
    public static Programme GovernanceProgrammeWith(Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "governance.programme.json")))!.AsObject();
        edit(document);
        var result = new ProgrammeReader().Read(document.ToJsonString());
        Assert.True(result.Programme is not null, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToString())));
        return result.Programme!;
    }

    /// <summary>The governance directory with extra users (<c>{"id", "name", "roles": [{"unit", "role"}]}</c>), checked against <paramref name="check"/>.</summary>
    public static OrganisationDirectory GovernanceOrgWith(Programme check, params JsonObject[] users)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "governance.org.json")))!.AsObject();
        foreach (var user in users)
        {
            document["users"]!.AsArray().Add(user);
        }

        var result = OrganisationJsonReader.Read(document.ToJsonString(), check);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors));
        return result.Directory!;
    }

    /// <summary>The directory of the repository's happy-community-54321 programme, or null when it is not there yet.</summary>
    public static string? HappyCommunityDirectory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "programmes", "happy-community-54321");
                if (File.Exists(Path.Combine(candidate, "programme.json")) && File.Exists(Path.Combine(candidate, "org.json")))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>This project's TestData folder in the source tree, for regenerating golden files.</summary>
    public static string SourceTestData
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "Workflows.Runtime.Tests", "TestData");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("tests/Workflows.Runtime.Tests/TestData");
        }
    }

    public static Programme Read(string path)
    {
        var result = new ProgrammeReader().Read(File.ReadAllText(path));
        Assert.True(result.Programme is not null, string.Join(Environment.NewLine, result.Diagnostics.Select(d => d.ToString())));
        return result.Programme!;
    }

    public static OrganisationDirectory LoadOrg(string path, Programme? check = null)
    {
        var result = OrganisationJsonReader.Read(File.ReadAllText(path), check);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors));
        return result.Directory!;
    }
}
