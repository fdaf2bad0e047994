using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>TthcFlow.Transfer</c>: chuyển liên thông — hands the dossier to another unit (another level,
/// a vertical agency such as tax, or the competent commune of a location-independent dossier),
/// which runs its own process; completes with <c>Done</c> when the result comes back, or
/// <c>Returned</c> when the receiving unit sends the dossier back.
/// </summary>
public sealed class TransferActivity : ActivityType
{
    public const string Done = "Done";
    public const string Returned = "Returned";

    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Transfer,
        DisplayName = new("Chuyển liên thông", "Transfer"),
        Category = "Procedure",
        Description = new("Chuyển hồ sơ cho đơn vị khác xử lý và chờ kết quả.",
            "Sends the dossier to another unit and waits for its result."),
        Inputs =
        [
            new("title", "String", InputEditor.Text, false, null, new("Tên bước", "Title")),
            new("target", "TthcFlow.UnitRule", InputEditor.UnitRule, true, null, new("Đơn vị nhận", "Receiving unit")),
            new("procedure", "String", InputEditor.Text, false, null, new("Quy trình của đơn vị nhận", "Receiving unit's process")),
            new("allotment", "Double", InputEditor.WorkingDuration, true, null, new("Thời gian (giờ làm việc)", "Allotment (working hours)")),
            new("countsTowardLimit", "Boolean", InputEditor.Boolean, false, InputDescriptor.Json("true"),
                new("Tính vào thời hạn giải quyết", "Counts toward the legal limit")),
        ],
        Outcomes = [Done, Returned],
        Waits = ActivityWaits.ChildProcess,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new TransferSettings(
            context.Text("title") ?? activity.Name ?? Descriptor.DisplayName.Vi,
            UnitRule.Read(context, "target", UnitRule.Competent),
            context.Text("procedure"),
            HumanStepActivity.Allotment(context),
            context.Boolean("countsTowardLimit", true));
}

/// <summary>
/// Where the dossier goes, the process the receiving unit runs (its <c>definitionId</c>; null = its
/// default handling step), its allotted working hours and whether they count toward the legal limit
/// (false for the tax authority's time in land procedures).
/// </summary>
public sealed record TransferSettings(string Title, UnitRule Target, string? Procedure, decimal AllotmentHours, bool CountsTime)
    : ActivitySettings
{
    public override decimal AllottedHours => AllotmentHours;

    public override bool CountsTowardLimit => CountsTime;
}
