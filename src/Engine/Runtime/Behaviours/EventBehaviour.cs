using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>Elsa.Event: waits for the named event; <see cref="TriggerEvent"/> continues through <c>Done</c>.</summary>
internal sealed class EventBehaviour : IResumableBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var name = context.EvaluateText((context.Node.Settings as EventSettings)?.Name) ?? "";
        var id = context.OpenBookmark(BookmarkKind.Event, eventName: name);
        context.Emit(new EventAwaited(id, context.Node.ActivityId, name));
        return ActivityResult.Waiting;
    }

    public RuntimeError? Check(GraphNode node, BookmarkState bookmark, RuntimeCommand command, DateTimeOffset now) =>
        command is TriggerEvent ? null : Bookmarks.WrongKind(node, bookmark, command);

    public ActivityResult Resume(ActivityContext context, BookmarkState bookmark, RuntimeCommand command)
    {
        context.Closed(bookmark);
        return ActivityResult.Done;
    }
}
