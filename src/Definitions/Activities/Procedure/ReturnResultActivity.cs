using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>TthcFlow.ReturnResult</c>: trả kết quả — the one-stop desk where the dossier was received
/// hands the result to the citizen (in person, by post or electronically).
/// </summary>
public sealed class ReturnResultActivity : HumanStepActivity
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.ReturnResult,
        DisplayName = new("Trả kết quả", "Return result"),
        Category = "Procedure",
        Description = new("Bộ phận Một cửa trả kết quả cho tổ chức, cá nhân.", "The one-stop desk returns the result to the applicant."),
        Inputs = CommonInputs(RoleCodes.OneStopOfficer, UnitRule.Receiving, allotmentRequired: false),
        Outcomes = ["Done"],
        Waits = ActivityWaits.HumanTask,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new ReturnResultSettings(CompileTask(activity, context, RoleCodes.OneStopOfficer, UnitRule.Receiving));
}

/// <summary>The return task.</summary>
public sealed record ReturnResultSettings(HumanTask Task) : HumanStepSettings(Task);
