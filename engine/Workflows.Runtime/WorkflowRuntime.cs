using NodaTime;
using Workflows.Model.Definitions;
using Workflows.Runtime.Commands;
using Workflows.Runtime.Events;
using Workflows.Runtime.Execution;
using Workflows.Runtime.Organisation;
using Workflows.Runtime.State;
using Workflows.Runtime.Stores;
using Workflows.Scripting;

namespace Workflows.Runtime;

/// <summary>
/// The deterministic runtime: given the stored state, a command and the clock, it decides the events and the new state
/// (<see cref="Prepare"/>, no writes), then commits them as one unit of work (<see cref="Execute"/>). Time comes only
/// from the injected <see cref="TimeProvider"/>, so the simulator and tests drive it with a virtual clock.
/// </summary>
public sealed class WorkflowRuntime
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Id, string Version), Programme> _programmes = [];
    private readonly RuntimeServices _services;
    private readonly TimeProvider _clock;

    public WorkflowRuntime(IRuntimeStore store, OrganisationDirectory organisation, TimeProvider clock, RuleSandbox? sandbox = null)
        : this(store, organisation, clock, sandbox, FormChecker.Direct)
    {
    }

    internal WorkflowRuntime(IRuntimeStore store, OrganisationDirectory organisation, TimeProvider clock, RuleSandbox? sandbox, FormChecker forms)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(clock);
        _clock = clock;
        _services = new RuntimeServices(store, organisation, new RuleRunner(sandbox ?? new RuleSandbox()), forms);
    }

    public IRuntimeStore Store => _services.Store;

    public OrganisationDirectory Organisation => _services.Org;

    public TimeProvider Clock => _clock;

    /// <summary>Makes a programme version known, so instances of it can be loaded; <see cref="StartInstance"/> registers its own.</summary>
    public void Register(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        lock (_gate)
        {
            _programmes[(programme.Id, programme.Version)] = programme;
        }
    }

    public Programme? FindProgramme(string id, string version)
    {
        lock (_gate)
        {
            return _programmes.GetValueOrDefault((id, version));
        }
    }

    /// <summary>Decides and commits a command. A repeated idempotency key returns the first result and changes nothing.</summary>
    /// <exception cref="ConcurrencyException">Another command changed the same instance or task meanwhile; nothing was written.</exception>
    public CommandResult Execute(RuntimeCommand command)
    {
        var prepared = Prepare(command);
        if (prepared.Changes is { } changes)
        {
            Store.Commit(changes);
        }

        return prepared.Result;
    }

    /// <summary>Decides a command against the current stored state without writing anything.</summary>
    public PreparedCommand Prepare(RuntimeCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Store.FindResult(command.IdempotencyKey) is { } previous)
        {
            return new PreparedCommand(previous with { Replayed = true }, null);
        }

        var now = Instant.FromDateTimeOffset(_clock.GetUtcNow());
        return command switch
        {
            StartInstance start => Start(start, now),
            EnterPhase enter => OnInstance(enter, enter.InstanceId, now, ctx => SignalPhase(ctx, enter.Phase, exit: false)),
            ExitPhase exit => OnInstance(exit, exit.InstanceId, now, ctx => SignalPhase(ctx, exit.Phase, exit: true)),
            CreateTasks create => OnInstance(create, create.InstanceId, now, ctx => Create(ctx, create.Template)),
            Tick tick => OnInstance(tick, tick.InstanceId, now, ctx =>
            {
                TimerSweep.Run(ctx, now);
                return null;
            }),
            SaveDraft draft => OnTask(draft, draft.TaskId, now, (ctx, task) => TaskLifecycle.SaveDraft(ctx, task, draft.Data)),
            SubmitTask submit => OnTask(submit, submit.TaskId, now, (ctx, task) => TaskLifecycle.Submit(ctx, task, submit.Data)),
            ApproveTask approve => OnTask(approve, approve.TaskId, now, (ctx, task) => TaskLifecycle.Approve(ctx, task, approve.Comment)),
            ReturnTask ret => OnTask(ret, ret.TaskId, now, (ctx, task) => TaskLifecycle.Return(ctx, task, ret.Comment)),
            ReassignTask reassign => OnTask(reassign, reassign.TaskId, now, (ctx, task) => TaskLifecycle.Reassign(ctx, task, reassign.Assignees)),
            CancelTask cancel => OnTask(cancel, cancel.TaskId, now, (ctx, task) => TaskLifecycle.Cancel(ctx, task, cancel.Reason)),
            _ => throw new ArgumentException($"Unknown command {command.GetType().Name}", nameof(command)),
        };
    }

    /// <summary>
    /// When the instance next needs a <see cref="Tick"/>: the earlier of its next programme-level instant (a phase date,
    /// a schedule fire) and its earliest task deadline; null when nothing is pending. A host sleeps until then.
    /// </summary>
    public DateTimeOffset? NextWake(string instanceId)
    {
        if (Store.FindInstance(instanceId) is not { Status: InstanceStatus.Running } instance)
        {
            return null;
        }

        var timer = Store.EarliestTimer(instanceId);
        return (instance.WakeAt, timer) switch
        {
            ({ } w, { } t) => w < t ? w : t,
            ({ } w, null) => w,
            (null, var t) => t,
        };
    }

    /// <summary>
    /// The open tasks of an instance that <paramref name="userId"/> can act on now: as an assignee while the task waits
    /// for its assignee, as the reviewer of the level now reviewing, or as a role holder of the unit an overdue task was
    /// escalated to. Overdue first, then by due date (none last), then by id.
    /// </summary>
    public IReadOnlyList<InboxItem> Inbox(string instanceId, string userId)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        ArgumentNullException.ThrowIfNull(userId);
        if (Store.FindInstance(instanceId) is not { } instance || FindProgramme(instance.ProgrammeId, instance.ProgrammeVersion) is not { } programme)
        {
            return [];
        }

        var plan = ProgrammePlan.For(programme);
        var items = new List<InboxItem>();
        foreach (var task in Store.Tasks(instanceId))
        {
            if (task.State.IsWithAssignee())
            {
                if (TaskAccess.IsAssignee(task, userId))
                {
                    items.Add(new InboxItem(task, InboxReason.Assignee, null));
                }
                else if (TaskAccess.IsSupervisor(programme, Organisation, task, userId))
                {
                    items.Add(new InboxItem(task, InboxReason.Supervisor, null));
                }
            }
            else if (task.State == TaskState.InReview && plan.CurrentLevel(task) is { } level && TaskAccess.IsReviewer(Organisation, task, level, userId))
            {
                items.Add(new InboxItem(task, InboxReason.Reviewer, level.Id));
            }
        }

        return items
            .OrderByDescending(i => i.Task.Overdue || i.Task.ReviewOverdue)
            .ThenBy(i => i.Reason == InboxReason.Reviewer ? i.Task.ReviewDueAt ?? DateTimeOffset.MaxValue : i.Task.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i.Task.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A context over an instance's current state for reading (metrics, simulations); it is never committed.</summary>
    internal CommandContext? ReadContext(string instanceId)
    {
        var read = new Tick(instanceId) { IdempotencyKey = "read:" + instanceId };
        Load(read, instanceId, Instant.FromDateTimeOffset(_clock.GetUtcNow()), out var ctx);
        return ctx;
    }

    private PreparedCommand Start(StartInstance command, Instant now)
    {
        if (Store.FindInstance(command.InstanceId) is not null)
        {
            return Rejected(RejectionCodes.InstanceExists, $"实例“{command.InstanceId}”已存在", $"Instance '{command.InstanceId}' already exists");
        }

        if (Organisation.FindUnit(command.ScopeUnit) is null)
        {
            return Rejected(RejectionCodes.UnitNotFound, $"范围单位“{command.ScopeUnit}”不在组织目录中", $"Scope unit '{command.ScopeUnit}' is not in the organisation directory");
        }

        var programme = command.Programme;
        Register(programme);
        var plan = ProgrammePlan.For(programme);
        var started = now.ToDateTimeOffset();
        var schedules = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var (id, schedule) in programme.Schedules)
        {
            // A schedule due at the very start instant fires at the start.
            if (schedule.NextAfter(now - Duration.Epsilon) is { } first)
            {
                schedules[id] = first.ToDateTimeOffset();
            }
        }

        var instance = new InstanceRecord
        {
            Id = command.InstanceId,
            ProgrammeId = programme.Id,
            ProgrammeVersion = programme.Version,
            ScopeUnit = command.ScopeUnit,
            Status = InstanceStatus.Running,
            StartedAt = started,
            EvaluatedAt = started,
            State = plan.InstanceDefaults.DeepClone().AsObject(),
            Phases = programme.Phases.ToDictionary(p => p.Id, _ => PhaseRecord.Pending, StringComparer.Ordinal),
            ScheduleNext = schedules,
            Rounds = new Dictionary<string, int>(StringComparer.Ordinal),
            Version = 0,
        };
        var ctx = new CommandContext(_services, command, instance, programme, now);
        ctx.TouchInstance();
        ctx.Emit(EventKinds.InstanceStarted, command.InstanceId, command.ScopeUnit, null, EventJson.Of($"{programme.Id}@{programme.Version}"));
        TimerSweep.Run(ctx, now);
        return Accepted(ctx);
    }

    private PreparedCommand OnInstance(RuntimeCommand command, string instanceId, Instant now, Func<CommandContext, CommandResult?> handle)
    {
        if (Load(command, instanceId, now, out var ctx) is { } missing)
        {
            return missing;
        }

        return handle(ctx!) is { } rejected ? new PreparedCommand(rejected, null) : Accepted(ctx!);
    }

    private PreparedCommand OnTask(RuntimeCommand command, string taskId, Instant now, Func<CommandContext, TaskRecord, CommandResult?> handle)
    {
        if (Store.FindTask(taskId) is not { } stored)
        {
            return new PreparedCommand(Rejections.TaskNotFound(taskId), null);
        }

        if (Load(command, stored.InstanceId, now, out var ctx) is { } missing)
        {
            return missing;
        }

        if (handle(ctx!, ctx!.GetTask(taskId)!) is { } rejected)
        {
            return new PreparedCommand(rejected, null);
        }

        // Completing a task, or its effects on state, may satisfy a sentry (a tasksCompleted exit, a rule), which may start the next phase.
        if (ctx.SentriesMayChange)
        {
            PhaseEngine.Settle(ctx);
        }

        return Accepted(ctx);
    }

    private PreparedCommand? Load(RuntimeCommand command, string instanceId, Instant now, out CommandContext? ctx)
    {
        ctx = null;
        if (Store.FindInstance(instanceId) is not { } instance)
        {
            return Rejected(RejectionCodes.InstanceNotFound, $"实例“{instanceId}”不存在", $"Instance '{instanceId}' does not exist");
        }

        if (FindProgramme(instance.ProgrammeId, instance.ProgrammeVersion) is not { } programme)
        {
            return Rejected(RejectionCodes.ProgrammeNotFound, $"方案“{instance.ProgrammeId}”版本 {instance.ProgrammeVersion} 未注册", $"Programme '{instance.ProgrammeId}' version {instance.ProgrammeVersion} is not registered");
        }

        ctx = new CommandContext(_services, command, instance, programme, now);
        return null;
    }

    private static CommandResult? SignalPhase(CommandContext ctx, string phaseId, bool exit)
    {
        if (!ctx.Plan.Phases.TryGetValue(phaseId, out var phase))
        {
            return CommandResult.Reject(RejectionCodes.PhaseNotFound, $"阶段“{phaseId}”不存在", $"Phase '{phaseId}' does not exist");
        }

        var record = ctx.Phases[phaseId];
        var expected = exit ? PhaseStatus.Active : PhaseStatus.Pending;
        if (ctx.Status == InstanceStatus.Completed || record.Status != expected)
        {
            return CommandResult.Reject(RejectionCodes.PhaseState, $"阶段“{phaseId}”当前为 {record.Status}", $"Phase '{phaseId}' is {record.Status}");
        }

        if (!PhaseEngine.HoldsWithManual(ctx, phase, exit))
        {
            return CommandResult.Reject(RejectionCodes.CriteriaNotMet, $"阶段“{phaseId}”的{(exit ? "退出" : "进入")}条件尚未满足", $"No {(exit ? "exit" : "entry")} criterion of phase '{phaseId}' holds");
        }

        ctx.SetPhase(phaseId, exit ? record with { ManualExit = true } : record with { ManualEntry = true });
        ctx.TouchInstance();
        PhaseEngine.Settle(ctx);
        return null;
    }

    private static CommandResult? Create(CommandContext ctx, string templateId)
    {
        if (!ctx.Programme.Tasks.TryGetValue(templateId, out var template))
        {
            return CommandResult.Reject(RejectionCodes.TemplateNotFound, $"任务模板“{templateId}”不存在", $"Task template '{templateId}' does not exist");
        }

        if (ctx.Status == InstanceStatus.Completed)
        {
            return CommandResult.Reject(RejectionCodes.InstanceCompleted, "实例已结束", "The instance has completed");
        }

        TaskGenerator.CreateRound(ctx, template, null);
        PhaseEngine.Settle(ctx);
        return null;
    }

    private static PreparedCommand Accepted(CommandContext ctx)
    {
        var result = CommandResult.Ok(ctx.Events);
        return new PreparedCommand(result, ctx.ToChanges(result));
    }

    private static PreparedCommand Rejected(string code, string zh, string en) => new(CommandResult.Reject(code, zh, en), null);
}
