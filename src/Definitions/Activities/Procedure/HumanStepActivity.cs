using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// What an officer's task is: its title on the tracking sheet (phiếu kiểm soát), the role that
/// acts, the unit it lands in, its allotted working hours and who is notified as it nears or
/// passes its due time.
/// </summary>
public sealed record HumanTask(string Title, string Role, UnitRule Unit, decimal AllotmentHours, IReadOnlyList<Escalation> Escalations)
{
    public bool Equals(HumanTask? other) =>
        other is not null && Title == other.Title && Role == other.Role && Unit == other.Unit
        && AllotmentHours == other.AllotmentHours && Escalations.SequenceEqual(other.Escalations);

    public override int GetHashCode() => HashCode.Combine(Title, Role, Unit, AllotmentHours);
}

/// <summary>Settings of a step that creates an officer's task (pattern-match to reach <see cref="Task"/>).</summary>
public abstract record HumanStepSettings(HumanTask Task) : ActivitySettings
{
    public override decimal AllottedHours => Task.AllotmentHours;

    public override bool CountsTowardLimit => true;
}

/// <summary>
/// The inputs every human step shares (<c>title</c>, <c>role</c>, <c>unit</c>, <c>allotment</c>,
/// <c>escalations</c>) and how they compile; each step type adds its own.
/// </summary>
public abstract class HumanStepActivity : ActivityType
{
    /// <summary>The common inputs, with the step's default role and unit and whether an allotment is required.</summary>
    protected static IReadOnlyList<InputDescriptor> CommonInputs(string? defaultRole, UnitRule defaultUnit, bool allotmentRequired) =>
    [
        new("title", "String", InputEditor.Text, false, null, new("Tên bước", "Title")),
        new("role", "String", InputEditor.Role, defaultRole is null,
            defaultRole is null ? null : InputDescriptor.Json($"\"{defaultRole}\""), new("Vai trò xử lý", "Role"))
        {
            Options = RoleOptions,
        },
        new("unit", "TthcFlow.UnitRule", InputEditor.UnitRule, false,
            InputDescriptor.Json(defaultUnit.ToJson().ToJsonString()), new("Đơn vị xử lý", "Unit")),
        new("allotment", "Double", InputEditor.WorkingDuration, allotmentRequired,
            allotmentRequired ? null : InputDescriptor.Json("0"), new("Thời gian (giờ làm việc)", "Allotment (working hours)")),
        new("escalations", "TthcFlow.Escalations", InputEditor.Escalations, false,
            InputDescriptor.Json(Escalation.DefaultsJson), new("Cảnh báo, nhắc việc", "Escalations")),
    ];

    /// <summary>The six standard roles, as options of the role editor.</summary>
    public static IReadOnlyList<InputOption> RoleOptions { get; } =
    [
        new(RoleCodes.OneStopOfficer, new("Công chức Bộ phận Một cửa", "One-stop officer")),
        new(RoleCodes.DeskHead, new("Lãnh đạo Bộ phận Một cửa", "Head of the one-stop desk")),
        new(RoleCodes.Specialist, new("Chuyên viên thụ lý", "Specialist")),
        new(RoleCodes.DivisionHead, new("Lãnh đạo phòng", "Head of division")),
        new(RoleCodes.Leader, new("Lãnh đạo cơ quan", "Agency leader")),
        new(RoleCodes.Clerk, new("Văn thư", "Clerk")),
    ];

    /// <summary>Compiles the common inputs.</summary>
    protected HumanTask CompileTask(Activity activity, SettingsContext context, string? defaultRole, UnitRule defaultUnit)
    {
        var title = context.Text("title") ?? activity.Name ?? Descriptor.DisplayName.Vi;
        var role = context.Text("role") ?? defaultRole ?? "";
        if (role.Length > 0 && context.Validation.RoleCodes is { } roles && !roles.Contains(role))
        {
            context.Error(IssueCodes.UnknownRole, "role", $"Vai trò “{role}” không có trong cơ cấu tổ chức.",
                $"Role \"{role}\" is not in the organisation.");
        }

        return new HumanTask(title, role, UnitRule.Read(context, "unit", defaultUnit), Allotment(context), Escalation.Read(context, "escalations"));
    }

    /// <summary>Reads <c>allotment</c> in working hours, reporting a negative one.</summary>
    internal static decimal Allotment(SettingsContext context)
    {
        var hours = context.Number("allotment") ?? 0;
        if (hours >= 0)
            return hours;
        context.Error(IssueCodes.NegativeAllotment, "allotment", $"Thời gian được phân bổ không được âm ({hours} giờ).",
            $"The allotment cannot be negative ({hours} hours).");
        return 0;
    }
}
