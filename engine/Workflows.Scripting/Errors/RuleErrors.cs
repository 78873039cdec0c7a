using System.Globalization;

namespace Workflows.Scripting.Errors;

/// <summary>Builds every <see cref="RuleError"/> the sandbox reports, so each code has its Chinese and English wording in
/// one place.</summary>
internal static class RuleErrors
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The parser's own description is English only; the Chinese message carries it after the position.</summary>
    public static RuleError Syntax(string detail, int? line, int? column) => Syntax(detail, detail, line, column);

    public static RuleError NotAnExpression(int? line, int? column) => Syntax(
        "表达式规则只能包含一个表达式",
        "an expression rule must be exactly one expression",
        line,
        column);

    public static RuleError EmptySource() => Syntax("规则内容为空", "the rule is empty", null, null);

    private static RuleError Syntax(string detailZh, string detailEn, int? line, int? column) => new(
        RuleErrorCodes.Syntax,
        $"规则语法错误{PlaceZh(line, column)}：{detailZh}",
        $"Rule syntax error{PlaceEn(line, column)}: {detailEn}",
        line,
        column);

    public static RuleError Timeout(TimeSpan limit) => new(
        RuleErrorCodes.Timeout,
        $"规则运行超时（上限 {Milliseconds(limit)} 毫秒）",
        $"Rule timed out (limit {Milliseconds(limit)} ms)");

    public static RuleError Statements(int limit) => new(
        RuleErrorCodes.Statements,
        $"规则执行的语句数超过上限（{limit.ToString(Invariant)} 条），可能是死循环",
        $"Rule executed more than {limit.ToString(Invariant)} statements; it may loop forever");

    public static RuleError Memory(long limit) => new(
        RuleErrorCodes.Memory,
        $"规则占用的内存超过上限（{limit.ToString(Invariant)} 字节）",
        $"Rule allocated more than {limit.ToString(Invariant)} bytes of memory");

    public static RuleError Recursion(int limit) => new(
        RuleErrorCodes.Recursion,
        $"规则的函数调用嵌套超过上限（{limit.ToString(Invariant)} 层），可能是无限递归",
        $"Rule nested function calls deeper than {limit.ToString(Invariant)}; it may recurse forever");

    public static RuleError Runtime(string detail, int? line, int? column) => new(
        RuleErrorCodes.Runtime,
        $"规则运行出错{PlaceZh(line, column)}：{detail}",
        $"Rule failed{PlaceEn(line, column)}: {detail}",
        line,
        column);

    public static RuleError ClockUnavailable() => new(
        RuleErrorCodes.Runtime,
        "规则读取了当前时间，但输入中没有有效的 now（带时区偏移的 ISO 8601 时间）",
        "Rule read the current time, but the input has no valid now (an ISO 8601 date-time with offset)");

    public static RuleError InputTooDeep(int limit) => new(
        RuleErrorCodes.Runtime,
        $"规则输入的嵌套层数超过上限（{limit.ToString(Invariant)} 层）",
        $"Rule input is nested deeper than {limit.ToString(Invariant)} levels");

    public static RuleError Internal(string detail) => new(
        RuleErrorCodes.Runtime,
        $"规则沙箱内部错误：{detail}",
        $"Rule sandbox internal error: {detail}");

    public static RuleError MissingRule() => new(
        RuleErrorCodes.Runtime,
        "没有提供要运行的规则",
        "No rule was given to evaluate");

    public static RuleError StringCompilation(int? line, int? column) => new(
        RuleErrorCodes.Forbidden,
        $"规则不能在运行时编译代码（eval、Function 构造器已禁用）{PlaceZh(line, column)}",
        $"Rules cannot compile code at run time (eval and the Function constructor are disabled){PlaceEn(line, column)}",
        line,
        column);

    public static RuleError HostName(string name, int? line, int? column) => new(
        RuleErrorCodes.Forbidden,
        $"规则不能访问宿主环境：{name} 在沙箱中不存在{PlaceZh(line, column)}",
        $"Rules cannot reach the host: {name} does not exist in the sandbox{PlaceEn(line, column)}",
        line,
        column);

    public static RuleError Result(ResultProblem problem, string path)
    {
        var (zh, en) = problem switch
        {
            ResultProblem.Function => ("函数不是 JSON 值", "a function is not a JSON value"),
            ResultProblem.Symbol => ("Symbol 不是 JSON 值", "a symbol is not a JSON value"),
            ResultProblem.BigInt => ("BigInt 不是 JSON 值", "a BigInt is not a JSON value"),
            ResultProblem.NotFinite => ("NaN 和 Infinity 不是 JSON 数字", "NaN and Infinity are not JSON numbers"),
            ResultProblem.InvalidDate => ("无效日期不能转换为 JSON", "an invalid date has no JSON form"),
            ResultProblem.Accessor => ("getter/setter 属性不能转换为 JSON", "a getter/setter property has no JSON form"),
            ResultProblem.UnsupportedObject => ("只能返回普通对象、数组、日期和基本类型值", "only plain objects, arrays, dates and primitives can be returned"),
            ResultProblem.TooLarge => ("结果嵌套过深、过大或含有循环引用", "the result is nested too deeply, too large, or cyclic"),
            _ => ("不支持的值", "unsupported value"),
        };
        var at = path.Length == 0 ? "" : $" ({path})";
        return new(
            RuleErrorCodes.Result,
            $"规则结果无法转换为 JSON{at}：{zh}",
            $"Rule result cannot be converted to JSON{at}: {en}");
    }

    private static string Milliseconds(TimeSpan span) => span.TotalMilliseconds.ToString("0.###", Invariant);

    private static string PlaceZh(int? line, int? column) => (line, column) switch
    {
        ({ } l, { } c) => $"（第 {l.ToString(Invariant)} 行第 {c.ToString(Invariant)} 列）",
        ({ } l, null) => $"（第 {l.ToString(Invariant)} 行）",
        _ => "",
    };

    private static string PlaceEn(int? line, int? column) => (line, column) switch
    {
        ({ } l, { } c) => $" at line {l.ToString(Invariant)}, column {c.ToString(Invariant)}",
        ({ } l, null) => $" at line {l.ToString(Invariant)}",
        _ => "",
    };
}
