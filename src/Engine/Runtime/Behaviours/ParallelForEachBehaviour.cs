using TthcFlow.Engine.Runtime.Expressions;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// Elsa.ParallelForEach: starts one run of its body per item, each with its own <c>CurrentValue</c>
/// and <c>CurrentIndex</c> (read by scripts as <c>getCurrentValue()</c>), and completes through
/// <c>Done</c> when every run completed (at once when there are no items).
/// </summary>
internal sealed class ParallelForEachBehaviour : IContainerBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var items = context.EvaluateList((context.Node.Settings as ForEachSettings)?.Items);
        if (items is null || items.Count == 0 || context.Node.Body < 0)
            return ActivityResult.Done;
        var id = context.OpenBookmark(BookmarkKind.Container);
        for (var i = 0; i < items.Count; i++)
            context.StartBody(id, [new LocalValue("CurrentValue", Values.ToJson(items[i])), new LocalValue("CurrentIndex", i.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        return ActivityResult.Waiting;
    }

    public ActivityResult OnBodyCompleted(ActivityContext context, BookmarkState container) =>
        context.Run.Scopes.Exists(s => s.Owner == container.Id) ? ActivityResult.Waiting : ActivityResult.Done;
}
