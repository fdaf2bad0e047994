using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// Elsa.FlowFork: completes through every one of its <c>branches</c> at once (<c>Done</c> when it
/// has none), so a token starts down each branch; the branches then run side by side.
/// </summary>
internal sealed class FlowForkBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var branches = (context.Node.Settings as ForkSettings)?.Branches;
        return branches is null || branches.Count == 0 ? ActivityResult.Done : new ActivityResult(branches.ToArray());
    }
}
