using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// Elsa.FlowSwitch: evaluates its cases in order and completes through the first matching case's
/// label (MatchFirst) or every matching label (MatchAny); <c>Default</c> when none matches.
/// </summary>
internal sealed class FlowSwitchBehaviour : IActivityBehaviour
{
    private static readonly string[] Default = ["Default"];

    public ActivityResult Execute(ActivityContext context)
    {
        var settings = context.Node.Settings as SwitchSettings;
        if (settings is null)
            return new ActivityResult(Default);
        var matches = new List<string>();
        foreach (var @case in settings.Cases)
        {
            if (!context.EvaluateBool(@case.Condition))
                continue;
            matches.Add(@case.Label);
            if (!settings.MatchAny)
                break;
        }

        return new ActivityResult(matches.Count == 0 ? Default : matches.ToArray());
    }
}
