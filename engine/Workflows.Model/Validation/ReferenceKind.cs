namespace Workflows.Model.Validation;

/// <summary>What an id refers to; names the thing in both languages in reference errors.</summary>
internal sealed record ReferenceKind(string Code, string Zh, string En)
{
    public static ReferenceKind UnitType { get; } = new("unitType", "单位类型", "unit type");
    public static ReferenceKind Role { get; } = new("role", "角色", "role");
    public static ReferenceKind Form { get; } = new("form", "表单", "form");
    public static ReferenceKind Rule { get; } = new("rule", "规则", "rule");
    public static ReferenceKind Phase { get; } = new("phase", "阶段", "phase");
    public static ReferenceKind Parameter { get; } = new("parameter", "参数", "parameter");
    public static ReferenceKind Schedule { get; } = new("schedule", "计划", "schedule");
    public static ReferenceKind Task { get; } = new("task", "任务模板", "task template");
    public static ReferenceKind Variable { get; } = new("variable", "状态变量", "state variable");
}
