using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary><c>Elsa.FlowDecision</c>: takes <c>True</c> or <c>False</c> by a condition (rẽ nhánh theo điều kiện).</summary>
public sealed class FlowDecisionActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.FlowDecision,
        DisplayName = new("Quyết định", "Decision"),
        Category = "Branching",
        Description = new("Đi theo nhánh True hoặc False tùy điều kiện.", "Takes True or False depending on a condition."),
        Inputs = [new("condition", "Boolean", InputEditor.Expression, true, null, new("Điều kiện", "Condition"))],
        Outcomes = ["True", "False"],
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new FlowDecisionSettings(context.Expression("condition") ?? Expression.Literal(false));
}

/// <summary>The condition; evaluated by the runtime.</summary>
public sealed record FlowDecisionSettings(Expression Condition) : ActivitySettings;
