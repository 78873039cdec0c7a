using System.Text.Json.Nodes;
using Workflows.Model.Reading;
using Workflows.Model.Tests.Support;

namespace Workflows.Model.Tests.Validation;

public class TaskAndStateTests
{
    private const string Example = "programmes/happy-community-54321/programme.json";
    private static readonly ProgrammeReader Reader = new();

    [Fact]
    public void Task_CreatedOnlyByARuleEffect_IsNotReportedAsNeverCreated()
    {
        var d = JsonEdit.Remove(Repository.ReadObject(Example), "/tasks/institutionalise/phase");
        JsonEdit.Set(d, "/rules/fivePartySystemBuilt/expression", "unit.state != null && unit.state.fivePartySystemBuilt === true ? { createTasks: ['institutionalise'] } : false");
        JsonEdit.Remove(d, "/rules/fivePartySystemBuilt/tests");
        var result = Reader.Read(d);
        Assert.DoesNotContain(result.Diagnostics, x => x.Code == "task.neverCreated");
    }

    [Fact]
    public void Escalation_RoleOfTheTargetUnitType_IsBoundIntoTheModel()
    {
        var d = Repository.ReadObject(Example);
        JsonEdit.Set(d, "/tasks/workRules/escalation/role", "reviewer");
        var result = Reader.Read(d);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal("reviewer", result.Programme!.Tasks["workRules"].Escalation!.Role);
        Assert.Null(result.Programme.Tasks["fivePartySystem"].Escalation!.Role);
    }

    [Fact]
    public void Escalation_UnknownRole_IsOneReferenceErrorNamingTheRolesOfTheTargetType()
    {
        var d = Repository.ReadObject(Example);
        JsonEdit.Set(d, "/tasks/workRules/escalation/role", "mayor");
        var result = Reader.Read(d);
        Assert.Null(result.Programme);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("/tasks/workRules/escalation/role", "ref.role"), (error.Pointer, error.Code));
        Assert.Contains("reviewer", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("mayor", error.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void StateVariable_NoDefaultAndZeroBelowMinimum_StartsUnsetInsteadOfFailing()
    {
        var d = Repository.ReadObject(Example);
        JsonEdit.Set(d, "/state/instance/firstYear", new JsonObject { ["type"] = "integer", ["minimum"] = 1900 });
        var result = Reader.Read(d);
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Programme!.InstanceState["firstYear"].Default);
        Assert.Equal(0, result.Programme.InstanceState["stepSummariesHeld"].Default!.GetValue<int>());
    }
}
