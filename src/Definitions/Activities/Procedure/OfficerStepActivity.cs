using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>TthcFlow.OfficerStep</c>: a step of the internal chain (bước xử lý) done by an officer in a
/// role — assign (phân công), appraise (thẩm định), check and initial (kiểm tra, ký nháy), approve,
/// sign (ký), issue (văn thư cấp số, đóng dấu, phát hành), consult (lấy ý kiến). Each of its
/// <c>outcomes</c> is a port.
/// </summary>
public sealed class OfficerStepActivity : HumanStepActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.OfficerStep,
        DisplayName = new("Bước xử lý", "Officer step"),
        Category = "Procedure",
        Description = new("Một bước do cán bộ thực hiện: thẩm định, trình, ký, phát hành…",
            "A step an officer does: appraise, submit, sign, issue…"),
        Inputs =
        [
            .. CommonInputs(null, UnitRule.Competent, allotmentRequired: true),
            new("action", "String", InputEditor.Select, false, InputDescriptor.Json("\"Other\""), new("Loại công việc", "Action"))
            {
                Options =
                [
                    new("Assign", new("Phân công", "Assign")),
                    new("Appraise", new("Thẩm định", "Appraise")),
                    new("Check", new("Kiểm tra, ký nháy", "Check and initial")),
                    new("Approve", new("Phê duyệt", "Approve")),
                    new("Sign", new("Ký", "Sign")),
                    new("Issue", new("Cấp số, đóng dấu, phát hành", "Number, seal and issue")),
                    new("Consult", new("Lấy ý kiến", "Consult")),
                    new("Other", new("Khác", "Other")),
                ],
            },
            new("outcomes", "String[]", InputEditor.Outcomes, true, null, new("Kết quả xử lý", "Outcomes")),
        ],
        OutcomesInput = "outcomes",
        Waits = ActivityWaits.HumanTask,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context)
    {
        var task = CompileTask(activity, context, null, UnitRule.Competent);
        var actionText = context.Text("action");
        var action = OfficerAction.Other;
        if (actionText is not null && (!Enum.TryParse(actionText, out action) || !Enum.IsDefined(action) || int.TryParse(actionText, out _)))
        {
            context.Invalid("action", "phải là Assign, Appraise, Check, Approve, Sign, Issue, Consult hoặc Other",
                "must be Assign, Appraise, Check, Approve, Sign, Issue, Consult or Other");
            action = OfficerAction.Other;
        }

        var outcomes = context.Labels("outcomes");
        if (outcomes.Count == 0 && activity.GetInput("outcomes") is not null)
        {
            context.Error(IssueCodes.MissingOutcomes, "outcomes", "Bước xử lý cần ít nhất một kết quả (ví dụ “Approved”).",
                "An officer step needs at least one outcome (e.g. \"Approved\").");
        }

        return new OfficerStepSettings(task, action, outcomes);
    }

    public override IReadOnlyList<string> Ports(ActivitySettings settings) =>
        settings is OfficerStepSettings step ? step.Outcomes : [];
}

/// <summary>What an officer does at a step.</summary>
public enum OfficerAction
{
    /// <summary>Phân công.</summary>
    Assign,

    /// <summary>Thẩm định.</summary>
    Appraise,

    /// <summary>Kiểm tra, ký nháy.</summary>
    Check,

    /// <summary>Phê duyệt.</summary>
    Approve,

    /// <summary>Ký.</summary>
    Sign,

    /// <summary>Văn thư cấp số, đóng dấu, phát hành.</summary>
    Issue,

    /// <summary>Lấy ý kiến.</summary>
    Consult,

    /// <summary>Khác.</summary>
    Other,
}

/// <summary>The step's task, action and outcomes (its ports, in order).</summary>
public sealed record OfficerStepSettings(HumanTask Task, OfficerAction Action, IReadOnlyList<string> Outcomes) : HumanStepSettings(Task)
{
    public bool Equals(OfficerStepSettings? other) =>
        other is not null && Task.Equals(other.Task) && Action == other.Action && Outcomes.SequenceEqual(other.Outcomes);

    public override int GetHashCode() => HashCode.Combine(Task, Action);
}
