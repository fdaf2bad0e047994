using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary><c>Elsa.Fault</c>: fails the workflow with a code, category and message (báo lỗi).</summary>
public sealed class FaultActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Fault,
        DisplayName = new("Báo lỗi", "Fault"),
        Category = "Primitives",
        Description = new("Dừng quy trình với trạng thái lỗi.", "Faults the workflow."),
        Inputs =
        [
            new("code", "String", InputEditor.Expression, false, null, new("Mã lỗi", "Code")),
            new("category", "String", InputEditor.Expression, false, null, new("Nhóm lỗi", "Category")),
            new("message", "String", InputEditor.Expression, false, null, new("Thông báo", "Message")),
        ],
        IsTerminal = true,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new FaultSettings(context.Expression("code"), context.Expression("category"), context.Expression("message"));
}

/// <summary>A fault's code, category and message, each an expression or absent.</summary>
public sealed record FaultSettings(Expression? Code, Expression? Category, Expression? Message) : ActivitySettings;
