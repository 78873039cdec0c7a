using System.Text.Json.Nodes;
using Workflows.Model.Reading;
using Workflows.Model.Tests.Support;

namespace Workflows.Model.Tests.Validation;

/// <summary>The 54321 example broken in one known place each time: the validator must name that place and the right code.</summary>
public class BrokenProgrammeTests
{
    private const string Example = "programmes/happy-community-54321/programme.json";
    private static readonly ProgrammeReader Reader = new();

    public static TheoryData<string, string, string> Variants => new()
    {
        { "dangling role", "/tasks/fivePartySystem/assignee/role", "ref.role" },
        { "unknown unit type", "/tasks/householdSurvey/assignee/unitType", "ref.unitType" },
        { "unknown form", "/tasks/workRules/form", "ref.form" },
        { "unknown rule", "/tasks/finestFamilies/when", "ref.rule" },
        { "unknown phase", "/tasks/institutionalise/phase", "ref.phase" },
        { "unknown parameter", "/phases/publicity/entry/0/date/param", "ref.parameter" },
        { "unknown metric variable", "/metrics/selfManagedBuildings/variable", "ref.variable" },
        { "rule syntax error", "/rules/headElected/expression", "rule.syntax" },
        { "misspelt input name", "/rules/headElected/expression", "rule.unknownName" },
        { "failing rule test", "/rules/headElected/tests/0/expect", "rule.testFailed" },
        { "rule test that throws", "/rules/headElected/tests/1", "rule.testError" },
        { "form field a rule reads missing", "/rules/ownersCommitteeReported/expression", "rule.formField" },
        { "cohort rule without unit type", "/rules/gridHeadCoverage", "rule.cohortUnitType" },
        { "bad cron", "/schedules/jointMeetingCycle/cron", "schedule.cron" },
        { "bad interval", "/schedules/coverageCheck/interval", "schedule.interval" },
        { "schedule ends before it starts", "/schedules/coverageCheck/until", "schedule.range" },
        { "wrong parameter type", "/parameters/electionTurnoutShare/default", "parameter.default.type" },
        { "parameter out of range", "/parameters/electionMajorityShare/default", "parameter.default.maximum" },
        { "impossible date", "/phases/publicity/entry/0/date", "date.invalid" },
        { "bad duration", "/phases/consolidation/exit/0/date/offset", "duration.invalid" },
        { "unknown time zone", "/timeZone", "timeZone.invalid" },
        { "unreachable phase", "/phases/consolidation/entry", "phase.unreachable" },
        { "form schema not JSON Schema", "/forms/jointMeeting/schema/properties/meetingDate/type", "form.schemaInvalid" },
        { "label for a missing field", "/forms/jointMeeting/labels/~1nosuch", "form.labelField" },
        { "reviewer below the assignee", "/tasks/fivePartySystem/review/0/unitType", "review.notAncestor" },
        { "escalation role of another unit type", "/tasks/workRules/escalation/role", "ref.role" },
        { "unit type cycle", "/unitTypes/street/parents", "unitType.cycle" },
        { "task never created", "/tasks/institutionalise", "task.neverCreated" },
        { "unsupported language", "/language", "schema.const" },
        { "missing title", "/title", "schema.required" },
    };

    [Fact]
    public void Read_Example_IsValid()
    {
        var result = Reader.Read(File.ReadAllText(Repository.PathOf(Example)));
        Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.Programme!.Phases.Count);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Read_BrokenVariant_ReportsPointerAndCode(string name, string pointer, string code)
    {
        var document = Break(Repository.ReadObject(Example), name);
        var result = Reader.Read(document.ToJsonString());
        Assert.Null(result.Programme);
        Assert.True(
            result.Diagnostics.Any(d => d.Pointer == pointer && d.Code == code),
            $"{name}: expected {code} at {pointer}; got:\n{string.Join("\n", result.Diagnostics)}");
        var diagnostic = result.Diagnostics.First(d => d.Pointer == pointer && d.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageZh));
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.MessageEn));
    }

    [Fact]
    public void Read_SeveralBreaks_ReportsEveryOneAtOnce()
    {
        var document = Repository.ReadObject(Example);
        foreach (var name in new[] { "dangling role", "unknown form", "bad cron", "failing rule test", "unknown time zone" })
        {
            document = Break(document, name);
        }

        var result = Reader.Read(document);
        var pointers = result.Diagnostics.Select(d => d.Pointer).ToHashSet();
        Assert.Contains("/tasks/fivePartySystem/assignee/role", pointers);
        Assert.Contains("/tasks/workRules/form", pointers);
        Assert.Contains("/schedules/jointMeetingCycle/cron", pointers);
        Assert.Contains("/rules/headElected/tests/0/expect", pointers);
        Assert.Contains("/timeZone", pointers);
    }

    private static JsonObject Break(JsonObject d, string name) => name switch
    {
        "dangling role" => JsonEdit.Set(d, "/tasks/fivePartySystem/assignee/role", "mayor"),
        "unknown unit type" => JsonEdit.Set(d, "/tasks/householdSurvey/assignee/unitType", "village"),
        "unknown form" => JsonEdit.Set(d, "/tasks/workRules/form", "workRulez"),
        "unknown rule" => JsonEdit.Set(d, "/tasks/finestFamilies/when", "nosuchRule"),
        "unknown phase" => JsonEdit.Set(d, "/tasks/institutionalise/phase", "trial"),
        "unknown parameter" => JsonEdit.Set(d, "/phases/publicity/entry/0/date/param", "startDate"),
        "unknown metric variable" => JsonEdit.Set(d, "/metrics/selfManagedBuildings/variable", "buildings"),
        "rule syntax error" => JsonEdit.Set(d, "/rules/headElected/expression", "unit.state != null && ("),
        "misspelt input name" => JsonEdit.Set(d, "/rules/headElected/expression", "unit.state != null && unti.state.headElected === true"),
        "failing rule test" => JsonEdit.Set(d, "/rules/headElected/tests/0/expect", false),
        "rule test that throws" => JsonEdit.Set(d, "/rules/headElected/tests/1/input", new JsonObject { ["unit"] = null }),
        "form field a rule reads missing" => JsonEdit.Set(d, "/rules/ownersCommitteeReported/expression", "form.committeeFormed === true"),
        "cohort rule without unit type" => JsonEdit.Remove(d, "/rules/gridHeadCoverage/unitType"),
        "bad cron" => JsonEdit.Set(d, "/schedules/jointMeetingCycle/cron", "0 9 32 * *"),
        "bad interval" => JsonEdit.Set(JsonEdit.Remove(d, "/schedules/coverageCheck/cron"), "/schedules/coverageCheck/interval", "R/2014-06-01/P0D"),
        "schedule ends before it starts" => JsonEdit.Set(d, "/schedules/coverageCheck/until", "2010-01-01"),
        "wrong parameter type" => JsonEdit.Set(d, "/parameters/electionTurnoutShare/default", "half"),
        "parameter out of range" => JsonEdit.Set(d, "/parameters/electionMajorityShare/default", 1.5),
        "impossible date" => JsonEdit.Set(d, "/phases/publicity/entry/0/date", "2014-02-30"),
        "bad duration" => JsonEdit.Set(d, "/phases/consolidation/exit/0/date/offset", "P1Q"),
        "unknown time zone" => JsonEdit.Set(d, "/timeZone", "Mars/Olympus_Mons"),
        "unreachable phase" => JsonEdit.Set(d, "/phases/consolidation/entry", new JsonArray(new JsonObject { ["after"] = "consolidation" })),
        "form schema not JSON Schema" => JsonEdit.Set(d, "/forms/jointMeeting/schema/properties/meetingDate/type", "datum"),
        "label for a missing field" => JsonEdit.Set(d, "/forms/jointMeeting/labels/~1nosuch", new JsonObject { ["zh"] = "不存在", ["en"] = "Missing" }),
        "reviewer below the assignee" => JsonEdit.Set(JsonEdit.Set(d, "/tasks/fivePartySystem/review/0/unitType", "grid"), "/tasks/fivePartySystem/review/0/role", "gridHead"),
        "escalation role of another unit type" => JsonEdit.Set(d, "/tasks/workRules/escalation/role", "secretary"),
        "unit type cycle" => JsonEdit.Set(d, "/unitTypes/street/parents", new JsonArray("grid")),
        "task never created" => JsonEdit.Remove(d, "/tasks/institutionalise/phase"),
        "unsupported language" => JsonEdit.Set(d, "/language", "workflows/2"),
        "missing title" => JsonEdit.Remove(d, "/title"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
