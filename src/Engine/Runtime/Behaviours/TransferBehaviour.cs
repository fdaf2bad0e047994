using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// TthcFlow.Transfer (chuyển liên thông): asks the target unit to run a child process and waits;
/// the child's answer (<c>Done</c> or <c>Returned</c>) continues the flow through that port.
/// </summary>
internal sealed class TransferBehaviour : IResumableBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var settings = context.Node.SettingsAs<TransferNodeSettings>().Transfer;
        var id = context.OpenBookmark(BookmarkKind.ChildProcess);
        context.Emit(new ChildProcessRequested(id, context.Node.ActivityId, settings, context.Now));
        return ActivityResult.Waiting;
    }

    public RuntimeError? Check(GraphNode node, BookmarkState bookmark, RuntimeCommand command, DateTimeOffset now) => command switch
    {
        CompleteChildProcess answer => Bookmarks.CheckOutcome(node, answer.Outcome),
        _ => Bookmarks.WrongKind(node, bookmark, command),
    };

    public ActivityResult Resume(ActivityContext context, BookmarkState bookmark, RuntimeCommand command)
    {
        var answer = (CompleteChildProcess)command;
        context.Closed(bookmark, answer.Outcome);
        return ActivityResult.Complete(answer.Outcome);
    }
}
