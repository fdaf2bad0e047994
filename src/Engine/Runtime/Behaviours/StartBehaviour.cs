namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.Start: a milestone where the flowchart begins; it completes at once through <c>Done</c>.</summary>
internal sealed class StartBehaviour : IActivityBehaviour
{
    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done;
}
