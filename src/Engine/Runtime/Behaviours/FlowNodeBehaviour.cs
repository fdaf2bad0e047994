namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.FlowNode: runs its body flowchart and completes through <c>Done</c> when the body completes.</summary>
internal sealed class FlowNodeBehaviour : IContainerBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        if (context.Node.Body < 0)
            return ActivityResult.Done;
        var id = context.OpenBookmark(BookmarkKind.Container);
        context.StartBody(id, []);
        return ActivityResult.Waiting;
    }

    public ActivityResult OnBodyCompleted(ActivityContext context, BookmarkState container) => ActivityResult.Done;
}
