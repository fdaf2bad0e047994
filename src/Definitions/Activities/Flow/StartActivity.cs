using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary><c>Elsa.Start</c>: where the flowchart begins (bắt đầu).</summary>
public sealed class StartActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Start,
        DisplayName = new("Bắt đầu", "Start"),
        Category = "Flow",
        Description = new("Điểm bắt đầu của quy trình.", "Where the workflow starts."),
        Outcomes = ["Done"],
        IsStart = true,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) => ActivitySettings.None;
}

/// <summary><c>Elsa.End</c>: ends this path of the flowchart (kết thúc).</summary>
public sealed class EndActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.End,
        DisplayName = new("Kết thúc", "End"),
        Category = "Flow",
        Description = new("Kết thúc lưu đồ chứa nó.", "Ends the flowchart that contains it."),
        IsTerminal = true,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) => ActivitySettings.None;
}

/// <summary><c>Elsa.Finish</c>: ends the whole workflow, cancelling every other path (hoàn thành).</summary>
public sealed class FinishActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Finish,
        DisplayName = new("Hoàn thành", "Finish"),
        Category = "Flow",
        Description = new("Kết thúc toàn bộ quy trình, hủy các nhánh còn đang chờ.",
            "Finishes the whole workflow, cancelling every path still waiting."),
        IsTerminal = true,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) => ActivitySettings.None;
}

/// <summary>
/// <c>Elsa.Flowchart</c>: a container of activities joined by connections. The root of every
/// definition; nested, it runs its own graph and completes with <c>Done</c>.
/// </summary>
public sealed class FlowchartActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.Flowchart,
        DisplayName = new("Lưu đồ", "Flowchart"),
        Category = "Flow",
        Description = new("Tập hợp các bước nối với nhau bằng các kết nối.", "Activities joined by connections."),
        Outcomes = ["Done"],
        IsContainer = true,
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) => ActivitySettings.None;
}
