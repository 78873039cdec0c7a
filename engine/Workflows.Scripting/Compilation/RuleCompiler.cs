using System.Collections.Frozen;
using Acornima;
using Acornima.Ast;
using Jint;
using Workflows.Scripting.Analysis;
using Workflows.Scripting.Errors;
using Workflows.Scripting.Hosting;

namespace Workflows.Scripting.Compilation;

/// <summary>
/// Prepares a rule as one strict function expression whose parameters are the input names, so every evaluation runs in
/// a fresh function scope: a rule's own declarations never reach the global scope the next evaluation sees.
/// </summary>
internal static class RuleCompiler
{
    private const string SourceName = "rule";

    private static readonly string Parameters = string.Join(", ", RuleInputNames.Ordered);
    private static readonly string ExpressionPrefix = $"(function ({Parameters}) {{ return (";
    private static readonly string BodyPrefix = $"(function ({Parameters}) {{";

    private static readonly ScriptPreparationOptions ProbeExpression = new()
    {
        CollectReferencedGlobals = true,
        StaticAnalysis = false,
    };

    private static readonly ScriptPreparationOptions ProbeBody = ProbeExpression with
    {
        ParsingOptions = ScriptParsingOptions.Default with { AllowReturnOutsideFunction = true },
    };

    public static RuleCompilation Compile(string? source, RuleSourceKind kind)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return RuleCompilation.Failed(RuleErrors.EmptySource());
        }

        // The rule is first parsed on its own. That reports syntax errors at the rule's own positions, and proves the
        // text is complete in itself, so it cannot close the wrapper's brackets and add code outside the function.
        var isExpression = kind == RuleSourceKind.Expression;
        var probeText = isExpression ? "(" + source + "\n)" : source;
        var probeShift = isExpression ? 1 : 0;
        if (!TryPrepare(probeText, isExpression ? ProbeExpression : ProbeBody, probeShift, out var probe, out var error))
        {
            return RuleCompilation.Failed(error);
        }

        if (probe.Program is not { } probeProgram || probe.ReferencedGlobals is not { } referenced)
        {
            return RuleCompilation.Failed(RuleErrors.Syntax("no program", null, null));
        }

        var statements = probeProgram.Body;
        if (isExpression && (statements.Count != 1 || statements[0] is not ExpressionStatement))
        {
            var location = statements.Count > 1 ? statements[1].Location.Start : default;
            return RuleCompilation.Failed(RuleErrors.NotAnExpression(Line(location), Column(location, probeShift)));
        }

        var prefix = isExpression ? ExpressionPrefix : BodyPrefix;
        var wrapperText = isExpression ? prefix + source + "\n); })" : prefix + source + "\n})";
        if (!TryPrepare(wrapperText, ScriptPreparationOptions.Default, prefix.Length, out var wrapper, out error))
        {
            return RuleCompilation.Failed(error);
        }

        if (wrapper.Program?.Body is not [ExpressionStatement { Expression: FunctionExpression }])
        {
            return RuleCompilation.Failed(RuleErrors.NotAnExpression(null, null));
        }

        var free = referenced.Where(name => name != "arguments").ToFrozenSet(StringComparer.Ordinal);

        var reads = MemberReads.Collect(probeProgram);

        // `arguments` at the top of the rule is the wrapper's own, which lists every input.
        var readsAll = referenced.Contains("arguments");
        var inputs = RuleInputNames.Ordered
            .Select(name => new InputUse(readsAll || free.Contains(name), readsAll ? null : MembersOnly(name, reads)))
            .ToArray();

        var unknown = free
            .Where(name => !RuleInputNames.All.Contains(name) && !SandboxGlobals.Names.Contains(name))
            .ToFrozenSet(StringComparer.Ordinal);

        return RuleCompilation.Succeeded(new CompiledRule(
            source,
            kind,
            wrapper,
            prefix.Length,
            inputs,
            free,
            unknown,
            reads));
    }

    /// <summary>
    /// The members of an input the rule can observe, or null when it may observe them all: it uses the input other than
    /// through named members, or names an inherited method (<c>form.valueOf()</c>, <c>form.hasOwnProperty(k)</c>) that
    /// hands it the whole object.
    /// </summary>
    private static string[]? MembersOnly(string input, MemberReads reads)
    {
        if (reads.IsDynamic(input))
        {
            return null;
        }

        var members = reads.Of(input);
        return members.Any(SandboxGlobals.ObjectMembers.Contains) ? null : [.. members];
    }

    private static bool TryPrepare(
        string text,
        ScriptPreparationOptions options,
        int firstLineShift,
        out Prepared<Script> prepared,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out RuleError? error)
    {
        try
        {
            prepared = Engine.PrepareScript(text, SourceName, strict: true, options);
            error = null;
            return true;
        }
        catch (Exception exception) when (FindParseError(exception) is { } parse)
        {
            prepared = default;
            var line = parse.LineNumber > 0 ? parse.LineNumber : (int?)null;
            // Acornima counts columns from 0; people count from 1.
            var column = line is null ? (int?)null : Math.Max(1, parse.Column + 1 - (line == 1 ? firstLineShift : 0));
            error = RuleErrors.Syntax(parse.Description, line, column);
            return false;
        }
        catch (Exception exception) when (exception is JintException or InsufficientExecutionStackException)
        {
            prepared = default;
            error = RuleErrors.Syntax(exception.Message, null, null);
            return false;
        }
    }

    private static ParseErrorException? FindParseError(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is ParseErrorException parse)
            {
                return parse;
            }
        }

        return null;
    }

    private static int? Line(Position position) => position.Line > 0 ? position.Line : null;

    private static int? Column(Position position, int firstLineShift) => position.Line > 0
        ? Math.Max(1, position.Column + 1 - (position.Line == 1 ? firstLineShift : 0))
        : null;
}
