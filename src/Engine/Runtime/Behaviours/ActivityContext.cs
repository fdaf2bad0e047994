using System.Text.Json;
using TthcFlow.Engine.Runtime.Execution;
using TthcFlow.Engine.Runtime.Expressions;
using TthcFlow.Engine.Runtime.Graph;

namespace TthcFlow.Engine.Runtime.Behaviours;

/// <summary>What a behaviour may see and do: its node, its flowchart scope, expressions, variables, bookmarks.</summary>
internal sealed class ActivityContext(InstanceRun run, GraphNode node, Scope scope)
{
    public InstanceRun Run { get; } = run;
    public GraphNode Node { get; } = node;
    public Scope Scope { get; } = scope;
    public DateTimeOffset Now => Run.Now;

    public JsonElement Evaluate(Expr? expression) => ExpressionEvaluator.Evaluate(Run, Scope, expression);

    public string? EvaluateText(Expr? expression) => Values.ToText(Evaluate(expression));

    public bool EvaluateBool(Expr? expression) => Values.ToBool(Evaluate(expression));

    public TimeSpan EvaluateDuration(Expr? expression, TimeSpan fallback) => Values.ToDuration(Evaluate(expression), fallback);

    public IReadOnlyList<JsonElement>? EvaluateList(Expr? expression) => Values.ToList(Evaluate(expression));

    public void WriteVariable(string name, JsonElement value) => Run.WriteVariable(Scope, name, value);

    public void WriteLine(string text) => Run.WriteLine(Node, text);

    public void Emit(RuntimeEffect effect) => Run.Effects.Add(effect);

    /// <summary>Opens a bookmark on this activity in this scope and returns its id.</summary>
    public int OpenBookmark(BookmarkKind kind, DateTimeOffset? dueAt = null, string? eventName = null)
    {
        var id = Run.NewId();
        Run.Bookmarks.Add(new BookmarkState(id, Node.Index, Scope.Id, kind, dueAt, eventName));
        return id;
    }

    /// <summary>Reports a resumed bookmark as closed.</summary>
    public void Closed(BookmarkState bookmark, string? outcome = null, string? actor = null, string? comment = null) =>
        Emit(new BookmarkClosed(bookmark.Id, Node.ActivityId, bookmark.Kind, BookmarkClosure.Resumed, Now, outcome, actor, comment));

    /// <summary>Starts this container's body flowchart with the given loop locals.</summary>
    public void StartBody(int containerBookmark, List<LocalValue> locals) => Run.StartScope(Node.Body, containerBookmark, locals);
}
