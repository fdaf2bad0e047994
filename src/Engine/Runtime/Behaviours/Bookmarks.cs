using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>The checks resumable behaviours share.</summary>
internal static class Bookmarks
{
    public static RuntimeError WrongKind(GraphNode node, BookmarkState bookmark, RuntimeCommand command) =>
        new(RuntimeErrorCode.WrongBookmarkKind,
            $"Bookmark {bookmark.Id} of '{node.ActivityId}' waits on {bookmark.Kind}; {command.GetType().Name} cannot resume it.");

    public static RuntimeError? CheckOutcome(GraphNode node, string outcome) =>
        node.Ports.Contains(outcome, StringComparer.Ordinal)
            ? null
            : new RuntimeError(RuntimeErrorCode.InvalidOutcome,
                $"'{outcome}' is not an outcome of '{node.ActivityId}'; expected one of: {string.Join(", ", node.Ports)}.");
}
