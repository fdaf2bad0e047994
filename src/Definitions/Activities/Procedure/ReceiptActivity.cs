using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>TthcFlow.Receipt</c>: tiếp nhận hồ sơ at the one-stop desk (Bộ phận Một cửa). The officer
/// accepts the dossier (issuing the appointment slip, giấy tiếp nhận và hẹn trả kết quả), asks for
/// a supplement (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) or refuses it (phiếu từ chối tiếp nhận).
/// </summary>
public sealed class ReceiptActivity : HumanStepActivity
{
    public const string Accepted = "Accepted";
    public const string Supplement = "Supplement";
    public const string Refused = "Refused";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Receipt,
        DisplayName = new("Tiếp nhận hồ sơ", "Receipt"),
        Category = "Procedure",
        Description = new("Bộ phận Một cửa kiểm tra hồ sơ: tiếp nhận, yêu cầu bổ sung hoặc từ chối.",
            "The one-stop desk checks the dossier: accepts it, asks for a supplement, or refuses it."),
        Inputs = CommonInputs(RoleCodes.OneStopOfficer, UnitRule.Receiving, allotmentRequired: false),
        Outcomes = [Accepted, Supplement, Refused],
        Waits = ActivityWaits.HumanTask,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new ReceiptSettings(CompileTask(activity, context, RoleCodes.OneStopOfficer, UnitRule.Receiving));
}

/// <summary>The receipt task.</summary>
public sealed record ReceiptSettings(HumanTask Task) : HumanStepSettings(Task);
