using System.Text.Json.Nodes;
using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;
using Workflows.Runtime.Stores;

namespace Workflows.Runtime.Execution;

/// <summary>
/// The working set of one command: copies of the instance's mutable parts, the tasks and unit states it touched and
/// the events it produced. Nothing is written until the runtime turns it into one <see cref="ChangeSet"/>.
/// </summary>
internal sealed partial class CommandContext
{
    private readonly Dictionary<string, TaskRecord> _tasks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _storedTaskVersions = new(StringComparer.Ordinal);
    private readonly List<string> _changedTasks = [];
    private readonly Dictionary<string, int> _openDelta = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _unitStates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _storedUnitVersions = new(StringComparer.Ordinal);
    private readonly List<string> _changedUnits = [];
    private readonly List<RuntimeEvent> _events = [];
    private Instant _now;
    private DateTimeOffset _nowOffset;
    private string? _nowText;
    private JsonObject? _state;
    private Dictionary<string, PhaseRecord>? _phases;
    private Dictionary<string, DateTimeOffset>? _scheduleNext;
    private Dictionary<string, int>? _rounds;

    public CommandContext(RuntimeServices services, RuntimeCommand command, InstanceRecord instance, Programme programme, Instant now)
    {
        Services = services;
        Command = command;
        Original = instance;
        Programme = programme;
        Plan = ProgrammePlan.For(programme);
        Status = instance.Status;
        CompletedAt = instance.CompletedAt;
        EvaluatedAt = instance.EvaluatedAt;
        DateHorizon = Instant.FromDateTimeOffset(instance.EvaluatedAt);
        Now = now;
    }

    public RuntimeServices Services { get; }

    public IRuntimeStore Store => Services.Store;

    public OrganisationDirectory Org => Services.Org;

    public RuleRunner Rules => Services.Rules;

    public RuntimeCommand Command { get; }

    /// <summary>The person acting, as records and events name them: null when the engine itself acts.</summary>
    public string? Person => RuntimeActors.IsSystem(Command.Actor) ? null : Command.Actor;

    public InstanceRecord Original { get; }

    public string InstanceId => Original.Id;

    public string ScopeUnit => Original.ScopeUnit;

    public Programme Programme { get; }

    public ProgrammePlan Plan { get; }

    /// <summary>Instance state, owned by this command (copied on first use) for writing.</summary>
    public JsonObject State => _state ??= Original.State.DeepClone().AsObject();

    /// <summary>Instance state for reading: this command's copy once it wrote one, else the stored state. Never changed through this.</summary>
    public JsonObject StateForReading => _state ?? Original.State;

    /// <summary>Whether this command changed something a sentry may read: instance or unit state, phases, or a task's openness.</summary>
    public bool SentriesMayChange { get; set; }

    /// <summary>Phase records: the stored ones until this command changes one (<see cref="SetPhase"/>), then its own copy.</summary>
    public IReadOnlyDictionary<string, PhaseRecord> Phases => _phases ?? Original.Phases;

    /// <summary>The next fire of each schedule, copied on first change (<see cref="SetScheduleNext"/>).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> ScheduleNext => _scheduleNext ?? Original.ScheduleNext;

    /// <summary>Rounds created per template, copied on first change (<see cref="NextRound"/>).</summary>
    public IReadOnlyDictionary<string, int> Rounds => _rounds ?? Original.Rounds;

    public InstanceStatus Status { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public DateTimeOffset EvaluatedAt { get; set; }

    public DateTimeOffset? WakeAt { get; set; }

    public bool InstanceChanged { get; set; }

    /// <summary>Date sentries hold once this instant reaches their date; only the timer sweep moves it, so dates are processed in time order.</summary>
    public Instant DateHorizon { get; set; }

    /// <summary>The instant being processed: the clock, or a past instant while the sweep catches up.</summary>
    public Instant Now
    {
        get => _now;
        set
        {
            _now = value;
            _nowOffset = value.ToDateTimeOffset();
            _nowText = null;
        }
    }

    public DateTimeOffset NowOffset => _nowOffset;

    public string NowText => _nowText ??= ZonedTime.Iso(_now, Programme.Zone);

    public IReadOnlyList<RuntimeEvent> Events => _events;

    public int ChangedTaskCount => _changedTasks.Count;

    public void Emit(string kind, string? subject, string? unit, string? before, string? after) =>
        _events.Add(new RuntimeEvent(InstanceId, Command.IdempotencyKey, _events.Count, _nowOffset, kind, Person, subject, unit, before, after));

    public void SetPhase(string id, PhaseRecord record) =>
        (_phases ??= new Dictionary<string, PhaseRecord>(Original.Phases, StringComparer.Ordinal))[id] = record;

    /// <summary>Sets a schedule's next fire, or removes it when there is none.</summary>
    public void SetScheduleNext(string id, DateTimeOffset? next)
    {
        var schedules = _scheduleNext ??= new Dictionary<string, DateTimeOffset>(Original.ScheduleNext, StringComparer.Ordinal);
        if (next is { } at)
        {
            schedules[id] = at;
        }
        else
        {
            schedules.Remove(id);
        }
    }

    /// <summary>No schedule fires any more (the instance completed).</summary>
    public void ClearSchedules() => _scheduleNext = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);

    /// <summary>Counts a new round of the template and returns its number (1 for the first).</summary>
    public int NextRound(string template)
    {
        var rounds = _rounds ??= new Dictionary<string, int>(Original.Rounds, StringComparer.Ordinal);
        var number = rounds.GetValueOrDefault(template) + 1;
        rounds[template] = number;
        return number;
    }

    public void TouchInstance()
    {
        InstanceChanged = true;
        SentriesMayChange = true;
    }

    public ChangeSet ToChanges(CommandResult result)
    {
        InstanceRecord? instance = null;
        if (InstanceChanged)
        {
            instance = Original with
            {
                State = _state ?? Original.State,
                Phases = Phases,
                ScheduleNext = ScheduleNext,
                Rounds = Rounds,
                Status = Status,
                CompletedAt = CompletedAt,
                EvaluatedAt = EvaluatedAt,
                WakeAt = WakeAt,
                Version = Original.Version + 1,
            };
        }

        var tasks = new TaskRecord[_changedTasks.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = _tasks[_changedTasks[i]];
        }

        var units = _changedUnits.Select(u => new UnitStateRecord(InstanceId, u, _unitStates[u], _storedUnitVersions.GetValueOrDefault(u) + 1)).ToArray();
        return new ChangeSet { IdempotencyKey = Command.IdempotencyKey, Result = result, Instance = instance, Tasks = tasks, UnitStates = units, Submissions = ChangedSubmissions(), Events = _events };
    }
}
