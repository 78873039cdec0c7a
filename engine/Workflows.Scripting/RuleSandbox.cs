using System.Text.Json.Nodes;
using Workflows.Scripting.Compilation;
using Workflows.Scripting.Errors;
using Workflows.Scripting.Hosting;

namespace Workflows.Scripting;

/// <summary>
/// Compiles and runs programme rules (JavaScript, ADR 0001 "Rules") in a Jint sandbox: strict mode, no CLR access, no
/// <c>eval</c>, no wall clock, reproducible <c>Math.random</c>, bounded time, statements, memory and recursion, and no
/// state carried from one evaluation to the next. Safe to share between threads.
/// </summary>
public sealed class RuleSandbox
{
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public RuleSandbox(SandboxLimits? limits = null)
    {
        Limits = limits ?? SandboxLimits.Default;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Limits.Timeout, TimeSpan.Zero, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Limits.MaxStatements, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Limits.MaxMemoryBytes, nameof(limits));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Limits.MaxRecursionDepth, nameof(limits));
    }

    public SandboxLimits Limits { get; }

    /// <summary>Parses and prepares a rule once. Never throws: a bad rule gives a <c>rule.syntax</c> error with its
    /// position.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage(
        "Performance",
        "CA1822:Mark members as static",
        Justification = "Compiling belongs to the sandbox that evaluates the result; callers hold a sandbox, not a compiler.")]
    public RuleCompilation Compile(string source, RuleSourceKind kind) => RuleCompiler.Compile(source, kind);

    /// <summary>
    /// Runs a compiled rule over <paramref name="input"/>, whose top-level properties named in
    /// <see cref="RuleInputNames"/> the rule sees under those names (a missing one is <c>undefined</c>); other
    /// properties are not visible. Never throws: a failing rule gives its <see cref="RuleError"/>.
    /// </summary>
    public RuleOutcome Evaluate(CompiledRule rule, JsonObject input)
    {
        if (rule is null)
        {
            return RuleOutcome.Failed(RuleErrors.MissingRule());
        }

        try
        {
            return EngineCache.Rent(Limits).Evaluate(rule, input ?? []);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Building an engine can only fail on a broken installation, but even then a rule must not crash its caller.
            return RuleOutcome.Failed(RuleErrors.Internal($"{exception.GetType().Name}: {exception.Message}"));
        }
    }

    /// <summary>
    /// Runs a compiled rule over an input given as its parts, which the sandbox reads without copying more than the
    /// rule can observe. Gives the same outcome as <see cref="Evaluate(CompiledRule, JsonObject)"/> over
    /// <see cref="RuleArguments.ToJsonObject"/>. Never throws.
    /// </summary>
    public RuleOutcome Evaluate(CompiledRule rule, RuleArguments input)
    {
        if (rule is null)
        {
            return RuleOutcome.Failed(RuleErrors.MissingRule());
        }

        try
        {
            return EngineCache.Rent(Limits).Evaluate(rule, input ?? new RuleArguments());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return RuleOutcome.Failed(RuleErrors.Internal($"{exception.GetType().Name}: {exception.Message}"));
        }
    }
}
