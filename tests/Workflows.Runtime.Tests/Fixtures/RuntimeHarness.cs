using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;
using Workflows.Runtime.Stores;

namespace Workflows.Runtime.Tests.Fixtures;

/// <summary>One programme instance on a fake clock, with short ways to issue commands and read what happened.</summary>
public sealed class RuntimeHarness
{
    private int _keys;

    public RuntimeHarness(Programme programme, OrganisationDirectory org, string startDate, string scope)
    {
        Programme = programme;
        Clock = new FakeTimeProvider(LocalMidnight(programme, startDate));
        Store = new InMemoryRuntimeStore();
        Runtime = new WorkflowRuntime(Store, org, Clock);
        Scope = scope;
    }

    public Programme Programme { get; }

    public FakeTimeProvider Clock { get; }

    public InMemoryRuntimeStore Store { get; }

    public WorkflowRuntime Runtime { get; }

    public string Scope { get; }

    public string InstanceId { get; } = "i1";

    public static RuntimeHarness Governance(string startDate = "2014-02-15") =>
        new(TestFiles.GovernanceProgramme, TestFiles.GovernanceOrg(), startDate, "city");

    public string NextKey() => "k" + (++_keys).ToString(CultureInfo.InvariantCulture);

    public CommandResult Start()
    {
        var result = Runtime.Execute(new StartInstance(InstanceId, Programme, Scope) { IdempotencyKey = NextKey() });
        Assert.True(result.Accepted, result.ToString());
        return result;
    }

    public CommandResult Run(RuntimeCommand command) => Runtime.Execute(command);

    /// <summary>Moves the clock to 00:00 (programme zone) of a date plus <paramref name="hours"/>, then ticks.</summary>
    public CommandResult AdvanceTo(string date, int hours = 0)
    {
        var target = LocalMidnight(Programme, date).AddHours(hours);
        Assert.True(target >= Clock.GetUtcNow(), $"the clock only moves forward ({date})");
        Clock.SetUtcNow(target);
        var result = Runtime.Execute(new Tick(InstanceId) { IdempotencyKey = NextKey() });
        Assert.True(result.Accepted, result.ToString());
        return result;
    }

    public InstanceRecord Instance => Store.FindInstance(InstanceId)!;

    public PhaseStatus PhaseStatus(string phase) => Instance.Phases[phase].Status;

    public List<TaskRecord> Tasks(string template) => Store.TasksOf(InstanceId, template).ToList();

    public TaskRecord Task(string template, string unit, int round = 1) => Store.FindTask($"{InstanceId}/{template}/{round}/{unit}")!;

    public JsonNode? UnitState(string unit, string variable) => Store.FindUnitState(InstanceId, unit)?.State[variable];

    public CommandResult Submit(string taskId, string actor, JsonObject data) =>
        Runtime.Execute(new SubmitTask(taskId, data) { IdempotencyKey = NextKey(), Actor = actor });

    public CommandResult Approve(string taskId, string actor) =>
        Runtime.Execute(new ApproveTask(taskId) { IdempotencyKey = NextKey(), Actor = actor });

    public CommandResult Return(string taskId, string actor, string comment) =>
        Runtime.Execute(new ReturnTask(taskId, comment) { IdempotencyKey = NextKey(), Actor = actor });

    /// <summary>The street reviewer above a community of the governance directory.</summary>
    public string Organisation(string community) => Runtime.Organisation.NearestOfType(community, "street")!.Id == "s1" ? "sr1" : "sr2";

    public static DateTimeOffset LocalMidnight(Programme programme, string date) =>
        LocalDate.FromDateTime(DateTime.Parse(date, CultureInfo.InvariantCulture)).AtStartOfDayInZone(programme.Zone).ToDateTimeOffset();
}
