using System.Collections.Frozen;
using System.Globalization;
using Acornima.Ast;

namespace Workflows.Scripting.Analysis;

/// <summary>
/// Which members a rule reads on each identifier, found on the syntax tree without running it. It reads names, not
/// bindings: a local variable that shadows <c>form</c> counts as <c>form</c>, which can only make the answer larger,
/// the safe direction for "every field a rule reads exists".
/// </summary>
internal sealed class MemberReads
{
    private const double MaxSafeInteger = 9_007_199_254_740_991;

    private static readonly IReadOnlySet<string> None = FrozenSet<string>.Empty;

    private readonly FrozenDictionary<string, FrozenSet<string>> _members;
    private readonly FrozenSet<string> _dynamic;

    private MemberReads(FrozenDictionary<string, FrozenSet<string>> members, FrozenSet<string> dynamic)
    {
        _members = members;
        _dynamic = dynamic;
    }

    public IReadOnlySet<string> Of(string rootName) => _members.TryGetValue(rootName, out var names) ? names : None;

    public bool IsDynamic(string rootName) => _dynamic.Contains(rootName);

    public static MemberReads Collect(Node root)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var dynamic = new HashSet<string>(StringComparer.Ordinal);

        void Record(string rootName, string? member)
        {
            if (member is null)
            {
                dynamic.Add(rootName);
                return;
            }

            if (!members.TryGetValue(rootName, out var names))
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                members.Add(rootName, names);
            }

            names.Add(member);
        }

        // An explicit stack: a deeply nested expression must not overflow the host's stack.
        var pending = new Stack<Node>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case MemberExpression { Object: Identifier owner } member:
                    Record(owner.Name, KeyOf(member.Property, member.Computed));
                    if (member.Computed)
                    {
                        pending.Push(member.Property);
                    }

                    break;
                case MemberExpression member:
                    pending.Push(member.Object);
                    if (member.Computed)
                    {
                        pending.Push(member.Property);
                    }

                    break;
                case VariableDeclarator { Id: ObjectPattern pattern, Init: Identifier owner }:
                    RecordPattern(owner.Name, pattern, Record, pending);
                    break;
                case AssignmentExpression { Left: ObjectPattern pattern, Right: Identifier owner }:
                    RecordPattern(owner.Name, pattern, Record, pending);
                    break;
                case Property property:
                    PushProperty(property, pending);
                    break;
                case ClassProperty property:
                    if (property.Computed)
                    {
                        pending.Push(property.Key);
                    }

                    if (property.Value is not null)
                    {
                        pending.Push(property.Value);
                    }

                    break;
                case LabeledStatement labeled:
                    pending.Push(labeled.Body);
                    break;
                case BreakStatement or ContinueStatement or MetaProperty:
                    break;
                case Identifier identifier:
                    dynamic.Add(identifier.Name);
                    break;
                case { } node:
                    foreach (var child in node.ChildNodes)
                    {
                        if (child is not null)
                        {
                            pending.Push(child);
                        }
                    }

                    break;
            }
        }

        return new MemberReads(
            members.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            dynamic.ToFrozenSet(StringComparer.Ordinal));
    }

    private static void RecordPattern(string owner, ObjectPattern pattern, Action<string, string?> record, Stack<Node> pending)
    {
        foreach (var element in pattern.Properties)
        {
            if (element is Property property)
            {
                record(owner, KeyOf(property.Key, property.Computed));
                PushProperty(property, pending);
            }
            else
            {
                // `...rest` takes every member not named before it.
                record(owner, null);
                pending.Push(element);
            }
        }
    }

    private static void PushProperty(Property property, Stack<Node> pending)
    {
        if (property.Computed)
        {
            pending.Push(property.Key);
        }

        pending.Push(property.Value);
    }

    private static string? KeyOf(Node key, bool computed) => key switch
    {
        Identifier identifier when !computed => identifier.Name,
        StringLiteral literal => literal.Value,
        NumericLiteral { Value: var number } when number >= 0 && number == Math.Floor(number) && number <= MaxSafeInteger =>
            ((long)number).ToString(CultureInfo.InvariantCulture),
        TemplateLiteral { Expressions.Count: 0 } template => template.Quasis[0].Value.Cooked,
        _ => null,
    };
}
