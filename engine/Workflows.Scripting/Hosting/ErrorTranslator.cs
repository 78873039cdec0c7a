using System.Text.RegularExpressions;
using Jint;
using Jint.Runtime;
using Workflows.Scripting.Conversion;
using Workflows.Scripting.Errors;

namespace Workflows.Scripting.Hosting;

/// <summary>Maps whatever stopped an evaluation to a <see cref="RuleError"/>, and says whether the engine that ran it
/// should be dropped.</summary>
internal static partial class ErrorTranslator
{
    /// <summary>Names by which scripts elsewhere reach their host (Jint's CLR interop, Node.js); none exists here, and an
    /// attempt to use one is reported as forbidden rather than as an ordinary typo.</summary>
    private static readonly HashSet<string> HostNames = new(StringComparer.Ordinal)
    {
        "System", "importNamespace", "require", "host", "clrTypes", "process", "module", "exports", "global",
    };

    public static RuleError Translate(Exception exception, CompiledRule rule, SandboxLimits limits, out bool engineSuspect)
    {
        engineSuspect = true;
        switch (exception)
        {
            case StatementsCountOverflowException:
                return RuleErrors.Statements(limits.MaxStatements);
            case MemoryLimitExceededException:
                return RuleErrors.Memory(limits.MaxMemoryBytes);
            case RecursionDepthOverflowException or InsufficientExecutionStackException:
                return RuleErrors.Recursion(limits.MaxRecursionDepth);
            case TimeoutException or RegexMatchTimeoutException:
                return RuleErrors.Timeout(limits.Timeout);
            case ClockUnavailableException:
                return RuleErrors.ClockUnavailable();
            case InputTooDeepException:
                engineSuspect = false;
                return RuleErrors.InputTooDeep(JsonToJs.MaxDepth);
            case JavaScriptException script:
                engineSuspect = false;
                return FromScript(script, rule);
            case JintException jint:
                return RuleErrors.Runtime(jint.Message, null, null);
            default:
                return RuleErrors.Internal($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static RuleError FromScript(JavaScriptException exception, CompiledRule rule)
    {
        var location = exception.Location.Start;
        int? line = location.Line > 0 ? location.Line : null;
        int? column = line is null
            ? null
            : Math.Max(1, location.Column + 1 - (location.Line == 1 ? rule.FirstLineShift : 0));

        var (name, message) = ErrorText.Read(exception.Error);
        if (message.Contains("String compilation has been disabled", StringComparison.Ordinal))
        {
            return RuleErrors.StringCompilation(line, column);
        }

        if (name == "ReferenceError"
            && NotDefined().Match(message) is { Success: true } match
            && HostNames.Contains(match.Groups[1].Value))
        {
            return RuleErrors.HostName(match.Groups[1].Value, line, column);
        }

        return RuleErrors.Runtime(name.Length == 0 ? message : $"{name}: {message}", line, column);
    }

    [GeneratedRegex(@"^([\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*) is not defined$")]
    private static partial Regex NotDefined();
}
