using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.FlowDecision: evaluates its condition and completes through <c>True</c> or <c>False</c>.</summary>
internal sealed class FlowDecisionBehaviour : IActivityBehaviour
{
    private static readonly string[] True = ["True"];
    private static readonly string[] False = ["False"];

    public ActivityResult Execute(ActivityContext context)
    {
        var condition = (context.Node.Settings as DecisionSettings)?.Condition;
        return new ActivityResult(context.EvaluateBool(condition) ? True : False);
    }
}
