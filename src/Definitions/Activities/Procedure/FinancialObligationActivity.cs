using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>TthcFlow.FinancialObligation</c>: chờ thực hiện nghĩa vụ tài chính — the dossier waits while
/// the citizen pays (land-use levy, registration fee); the dossier's clock is paused meanwhile, so
/// its allotment does not count toward the legal limit. Completes with <c>Paid</c>.
/// </summary>
public sealed class FinancialObligationActivity : HumanStepActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.FinancialObligation,
        DisplayName = new("Chờ thực hiện nghĩa vụ tài chính", "Financial obligation"),
        Category = "Procedure",
        Description = new("Chờ người dân nộp nghĩa vụ tài chính; thời hạn giải quyết tạm dừng.",
            "Waits for the applicant to pay; the dossier's clock is paused."),
        Inputs = CommonInputs(RoleCodes.OneStopOfficer, UnitRule.Competent, allotmentRequired: false),
        Outcomes = ["Paid"],
        Waits = ActivityWaits.HumanTask,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new FinancialObligationSettings(CompileTask(activity, context, RoleCodes.OneStopOfficer, UnitRule.Competent));
}

/// <summary>The task confirming payment; its time does not count toward the legal limit.</summary>
public sealed record FinancialObligationSettings(HumanTask Task) : HumanStepSettings(Task)
{
    public override bool CountsTowardLimit => false;
}
