using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// Elsa.Delay (<c>timeSpan</c>) and Elsa.Timer (<c>interval</c>) inside a flowchart: arm a durable
/// timer due at now + duration and wait; firing it (not before it is due) continues through <c>Done</c>.
/// </summary>
internal sealed class TimerBehaviour : IResumableBehaviour
{
    /// <summary>Elsa's default for both activities when the input is unset.</summary>
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromMinutes(1);

    public ActivityResult Execute(ActivityContext context)
    {
        var duration = context.EvaluateDuration((context.Node.Settings as DurationSettings)?.Duration, DefaultDuration);
        var dueAt = context.Now + duration;
        var id = context.OpenBookmark(BookmarkKind.Timer, dueAt);
        context.Emit(new TimerScheduled(id, context.Node.ActivityId, dueAt));
        return ActivityResult.Waiting;
    }

    public RuntimeError? Check(GraphNode node, BookmarkState bookmark, RuntimeCommand command, DateTimeOffset now) => command switch
    {
        FireTimer when bookmark.DueAt > now => new RuntimeError(RuntimeErrorCode.TimerNotDue,
            $"Timer {bookmark.Id} of '{node.ActivityId}' is due at {bookmark.DueAt:O}, not yet at {now:O}."),
        FireTimer => null,
        _ => Bookmarks.WrongKind(node, bookmark, command),
    };

    public ActivityResult Resume(ActivityContext context, BookmarkState bookmark, RuntimeCommand command)
    {
        context.Closed(bookmark);
        return ActivityResult.Done;
    }
}
