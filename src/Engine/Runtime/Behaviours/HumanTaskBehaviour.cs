using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>
/// The human steps — TthcFlow.Receipt (tiếp nhận), OfficerStep (xử lý), FinancialObligation (chờ
/// nghĩa vụ tài chính), ReturnResult (trả kết quả): open a task for the step's unit and role and
/// wait. The officer's outcome, which must be one of the step's ports, continues the flow through
/// that port; any other outcome is refused and changes nothing.
/// </summary>
internal sealed class HumanTaskBehaviour : IResumableBehaviour
{
    public ActivityResult Execute(ActivityContext context)
    {
        var step = context.Node.SettingsAs<HumanTaskNodeSettings>().Step;
        var id = context.OpenBookmark(BookmarkKind.HumanTask);
        context.Emit(new HumanTaskOpened(id, context.Node.ActivityId, context.Node.ActivityType, step, context.Node.Ports, context.Now));
        return ActivityResult.Waiting;
    }

    public RuntimeError? Check(GraphNode node, BookmarkState bookmark, RuntimeCommand command, DateTimeOffset now) => command switch
    {
        CompleteHumanTask complete => Bookmarks.CheckOutcome(node, complete.Outcome),
        _ => Bookmarks.WrongKind(node, bookmark, command),
    };

    public ActivityResult Resume(ActivityContext context, BookmarkState bookmark, RuntimeCommand command)
    {
        var complete = (CompleteHumanTask)command;
        context.Closed(bookmark, complete.Outcome, complete.Actor, complete.Comment);
        return ActivityResult.Complete(complete.Outcome);
    }
}
