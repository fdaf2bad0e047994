using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// Elsa.FlowJoin. When it runs it simply completes; the joining happens when a token arrives
/// (<see cref="Execution.ArrivalRules"/>), by the merge mode its <c>mode</c> maps onto, as in
/// Elsa 3's token-based flowchart:
/// <list type="bullet">
/// <item><c>WaitAny</c> → Race: the first token runs the join, cancels the other inbound branches
/// still waiting (their tasks close) and blocks their late tokens, so the join runs once;</item>
/// <item><c>WaitAll</c>, <c>WaitAllActive</c> → Merge: the join runs when every forward inbound
/// connection carries a token; loop-backs inside a branch are not waited for, and branches that are
/// still waiting keep their tasks.</item>
/// </list>
/// </summary>
internal sealed class FlowJoinBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done;

    /// <summary>The merge mode of a FlowJoin (Race when its mode is unset: Elsa's default is WaitAny).</summary>
    public static MergeMode MergeModeOf(GraphNode join) => join.Settings is JoinSettings settings ? settings.Merge : MergeMode.Race;
}
