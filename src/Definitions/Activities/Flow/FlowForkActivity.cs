using TthcFlow.Definitions.Model;

namespace TthcFlow.Definitions.Activities;

/// <summary><c>Elsa.FlowFork</c>: continues on every one of its branches at once (tách nhánh song song).</summary>
public sealed class FlowForkActivity : ActivityType
{
    public override ActivityDescriptor Descriptor { get; } = new()
    {
        Type = ActivityTypeNames.FlowFork,
        DisplayName = new("Tách nhánh song song", "Fork"),
        Category = "Branching",
        Description = new("Tiếp tục đồng thời trên mọi nhánh; không có nhánh nào thì theo Done.",
            "Continues on every branch at once; with no branches, on Done."),
        Inputs = [new("branches", "String[]", InputEditor.Branches, false, null, new("Các nhánh", "Branches"))],
        OutcomesInput = "branches",
    };

    public override ActivitySettings CompileSettings(Activity activity, SettingsContext context) =>
        new FlowForkSettings(context.Labels("branches"));

    public override IReadOnlyList<string> Ports(ActivitySettings settings) =>
        settings is FlowForkSettings { Branches.Count: > 0 } fork ? fork.Branches : ["Done"];
}

/// <summary>The branch names; every one is taken.</summary>
public sealed record FlowForkSettings(IReadOnlyList<string> Branches) : ActivitySettings
{
    public bool Equals(FlowForkSettings? other) => other is not null && Branches.SequenceEqual(other.Branches);

    public override int GetHashCode() => Branches.Count;
}
