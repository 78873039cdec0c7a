using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Workflows.Scripting.Compilation;
using Workflows.Scripting.Conversion;

namespace Workflows.Scripting.Hosting;

/// <summary>
/// One hardened Jint engine, used by one thread at a time. Building and hardening an engine costs tens of milliseconds,
/// so it is kept and reused; isolation between evaluations comes from the frozen built-ins and the per-call function
/// scope, not from a new engine.
/// </summary>
internal sealed class SandboxEngine
{
    /// <summary>Rules seen by this engine are remembered up to this many; then the cache starts over.</summary>
    private const int MaxCachedRules = 4096;

    private readonly Engine _engine;
    private readonly RuleClock _clock;
    private readonly SeededRandom _random;
    private readonly Dictionary<CompiledRule, JsValue> _functions = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reused across calls: Jint copies arguments into the function's scope and keeps no reference.</summary>
    private readonly JsValue[] _arguments = new JsValue[RuleInputNames.Ordered.Count];

    private SandboxEngine(SandboxLimits limits, Engine engine, RuleClock clock, SeededRandom random)
    {
        Limits = limits;
        _engine = engine;
        _clock = clock;
        _random = random;
    }

    public SandboxLimits Limits { get; }

    /// <summary>Set once a rule was stopped mid-flight; such an engine is dropped rather than trusted again.</summary>
    public bool Retired { get; private set; }

    public static SandboxEngine Create(SandboxLimits limits)
    {
        var clock = new RuleClock();
        var random = new SeededRandom();
        var engine = new Engine(options =>
        {
            options.Strict = true;
            options.Host.StringCompilationAllowed = false;
            options.Interop.Enabled = false;
            options.Culture = CultureInfo.InvariantCulture;
            options.TimeZone = TimeZoneInfo.Utc;
            options.TimeSystem = clock;
            options.Constraint(new ElapsedTimeConstraint(limits.Timeout));
            options.RegexTimeoutInterval(limits.Timeout);
            options.MaxStatements(limits.MaxStatements);
            options.LimitMemory(limits.MaxMemoryBytes);
            options.LimitRecursion(limits.MaxRecursionDepth);
        });
        EngineHardening.Harden(engine, random);
        return new SandboxEngine(limits, engine, clock, random);
    }

    public IEnumerable<string> GlobalNames() =>
        _engine.Global.GetOwnPropertyKeys(Types.String).Select(key => key.AsString());

    public IEnumerable<string> ObjectPrototypeNames() =>
        _engine.Intrinsics.Object.PrototypeObject.GetOwnPropertyKeys(Types.String).Select(key => key.AsString());

    public RuleOutcome Evaluate(CompiledRule rule, JsonObject input) => Run(rule, input);

    public RuleOutcome Evaluate(CompiledRule rule, RuleArguments input) => Run(rule, input);

    /// <summary>Runs the rule over <paramref name="input"/>: a <see cref="JsonObject"/> or <see cref="RuleArguments"/>.</summary>
    private RuleOutcome Run(CompiledRule rule, object input)
    {
        try
        {
            var function = FunctionFor(rule);
            if (input is RuleArguments parts)
            {
                Bind(rule, parts);
                _clock.Set(parts.Now);
            }
            else
            {
                var json = (JsonObject)input;
                Bind(rule, json);
                _clock.Set(json.TryGetPropertyValue(RuleInputNames.Now, out var now) && now is JsonValue v && v.TryGetValue(out string? text) ? text : null);
            }

            _random.Reset(input);

            var result = _engine.Call(function, _arguments);

            // Engine.Call leaves promise jobs queued, where they would run inside the next, unrelated evaluation. They
            // run now instead, under a fresh set of the same limits, and their failure is this rule's failure.
            _engine.Advanced.ProcessTasks();
            return JsToJson.TryConvert(result, out var value, out var error)
                ? RuleOutcome.Succeeded(value)
                : RuleOutcome.Failed(error!);
        }
        catch (Exception exception)
        {
            var error = ErrorTranslator.Translate(exception, rule, Limits, out var engineSuspect);
            Retired |= engineSuspect || !TryDrainJobs();
            return RuleOutcome.Failed(error);
        }
        finally
        {
            // The engine outlives the evaluation; it must not keep the caller's input alive.
            Array.Clear(_arguments);
            _clock.Clear();
            _random.Clear();
        }
    }

    private void Bind(CompiledRule rule, JsonObject input)
    {
        var arguments = _arguments;
        for (var i = 0; i < arguments.Length; i++)
        {
            var use = rule.Inputs[i];
            arguments[i] = use.Read && input.TryGetPropertyValue(RuleInputNames.Ordered[i], out var node)
                ? JsonToJs.Convert(_engine, node, use.Members)
                : JsValue.Undefined;
        }
    }

    private void Bind(CompiledRule rule, RuleArguments input)
    {
        var arguments = _arguments;
        for (var i = 0; i < arguments.Length; i++)
        {
            var use = rule.Inputs[i];
            arguments[i] = !use.Read ? JsValue.Undefined : RuleInputNames.Ordered[i] switch
            {
                RuleInputNames.Params => Part(input.Params, use),
                RuleInputNames.State => Part(input.State, use),
                RuleInputNames.Unit => input.Unit is { } unit ? JsonToJs.Convert(_engine, unit, use.Members, 0) : JsValue.Undefined,
                RuleInputNames.Units => input.Units is { } units ? JsonToJs.Convert(_engine, units) : JsValue.Undefined,
                RuleInputNames.Form => Part(input.Form, use),
                RuleInputNames.Task => Part(input.Task, use),
                RuleInputNames.Review => Part(input.Review, use),
                RuleInputNames.Now => input.Now is { } now ? JsString.Create(now) : JsValue.Undefined,
                _ => JsValue.Undefined,
            };
        }
    }

    /// <summary>An absent part is <c>undefined</c>, as a missing member of a JSON input is.</summary>
    private JsValue Part(JsonNode? part, InputUse use) => part is null ? JsValue.Undefined : JsonToJs.Convert(_engine, part, use.Members);

    /// <summary>Runs the jobs a failed rule queued before it failed, so they cannot run inside the next evaluation.</summary>
    private bool TryDrainJobs()
    {
        try
        {
            _engine.Advanced.ProcessTasks();
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private JsValue FunctionFor(CompiledRule rule)
    {
        if (!_functions.TryGetValue(rule, out var function))
        {
            if (_functions.Count >= MaxCachedRules)
            {
                _functions.Clear();
            }

            function = _engine.Evaluate(rule.Script);
            _functions.Add(rule, function);
        }

        return function;
    }
}
