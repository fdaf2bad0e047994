using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Validation;

namespace TthcFlow.Definitions.Activities;

/// <summary>
/// <c>Elsa.FlowJoin</c>: merges branches (hợp nhánh), continuing once every inbound branch has
/// arrived (<c>WaitAll</c>) or at the first (<c>WaitAny</c>, Elsa's default, which cancels the others).
/// </summary>
public sealed class FlowJoinActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.FlowJoin,
        DisplayName = new("Hợp nhánh", "Join"),
        Category = "Branching",
        Description = new("Chờ các nhánh đi vào rồi tiếp tục.", "Waits for inbound branches, then continues."),
        Inputs =
        [
            new("mode", "Elsa.Workflows.Activities.Flowchart.Models.FlowJoinMode, Elsa.Workflows.Core",
                InputEditor.Select, false, InputDescriptor.Json("\"WaitAny\""), new("Cách chờ", "Mode"))
            {
                Options =
                [
                    new("WaitAll", new("Chờ tất cả các nhánh", "Wait for all")),
                    new("WaitAny", new("Chờ nhánh đầu tiên", "Wait for any")),
                ],
            },
        ],
        Outcomes = ["Done"],
        Waits = ActivityWaits.Join,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context)
    {
        var text = context.Text("mode");
        if (text is null)
            return new FlowJoinSettings(JoinMode.WaitAny);
        if (Enum.TryParse<JoinMode>(text, out var mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _))
            return new FlowJoinSettings(mode);
        context.Error(IssueCodes.InvalidJoinMode, "mode", $"Cách hợp nhánh “{text}” không hợp lệ: chỉ WaitAll hoặc WaitAny.",
            $"Join mode \"{text}\" is invalid: WaitAll or WaitAny only.");
        return new FlowJoinSettings(JoinMode.WaitAny);
    }
}

/// <summary>How a join waits for its inbound branches.</summary>
public enum JoinMode
{
    WaitAll,
    WaitAny,
}

/// <summary>The join's mode.</summary>
public sealed record FlowJoinSettings(JoinMode Mode) : ActivitySettings;
