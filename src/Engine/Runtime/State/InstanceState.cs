namespace TthcFlow.Engine.Runtime;

/// <summary>Where an instance stands between commands.</summary>
public enum InstanceStatus : byte
{
    /// <summary>Every active path waits: on an officer, a timer, an event, a child process or a join.</summary>
    Suspended = 1,

    /// <summary>The flowchart completed (no tokens left, or an End/Finish ran).</summary>
    Finished = 2,

    /// <summary>An activity faulted (an Elsa.Fault, a failing script, an unsupported activity); final.</summary>
    Faulted = 3,

    /// <summary>Cancelled by command; final.</summary>
    Cancelled = 4,
}

/// <summary>What a bookmark waits on.</summary>
public enum BookmarkKind : byte
{
    /// <summary>An officer's task (Receipt, OfficerStep, FinancialObligation, ReturnResult).</summary>
    HumanTask = 1,

    /// <summary>A durable timer (Elsa.Delay, Elsa.Timer).</summary>
    Timer = 2,

    /// <summary>A named event (Elsa.Event).</summary>
    Event = 3,

    /// <summary>A child process in another unit (TthcFlow.Transfer).</summary>
    ChildProcess = 4,

    /// <summary>A FlowNode or ParallelForEach waiting for its body flowchart(s).</summary>
    Container = 5,

    /// <summary>A join waiting for tokens on its other inbound connections (reported, never stored).</summary>
    Join = 6,
}

/// <summary>Why an instance faulted: the activity, the message and, for an Elsa.Fault, its code.</summary>
public sealed record FaultInfo(string ActivityId, string Message, string? Code = null);

/// <summary>
/// A token on a connection of a flowchart (Elsa 3's token-based flowchart): from a node's outcome
/// port to a node. Consumed tokens are purged when their target completes; blocked tokens record a
/// Race/Cascade merge's other inbound connections.
/// </summary>
public readonly record struct TokenState(int From, string Port, int To, bool Consumed, bool Blocked);

/// <summary>A scope-local variable (a ParallelForEach iteration's CurrentValue / CurrentIndex), as JSON text.</summary>
public sealed record LocalValue(string Name, string? Json);

/// <summary>
/// A running flowchart: the root one (<see cref="Owner"/> = -1) or a body run by the container
/// bookmark <see cref="Owner"/>. Holds that flowchart's live tokens.
/// </summary>
public sealed record ScopeState(int Id, int Flowchart, int Owner, IReadOnlyList<LocalValue> Locals, IReadOnlyList<TokenState> Tokens);

/// <summary>
/// A waiting activity instance. <see cref="Id"/> is the bookmark id commands name; <see cref="Node"/>
/// indexes the compiled graph the instance started on.
/// </summary>
public sealed record BookmarkState(int Id, int Node, int Scope, BookmarkKind Kind, DateTimeOffset? DueAt = null, string? EventName = null);

/// <summary>
/// Everything needed to resume one workflow instance (one per dossier), immutable: the runtime
/// returns a new state for every command and never changes one it was given. It records the
/// definition id and version it started on; the caller resumes it on that version. Serialise it
/// with <see cref="InstanceStateSerializer"/>.
/// </summary>
public sealed class InstanceState
{
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public required InstanceStatus Status { get; init; }

    /// <summary>Set when <see cref="Status"/> is <see cref="InstanceStatus.Faulted"/>.</summary>
    public FaultInfo? Fault { get; init; }

    /// <summary>The next bookmark/scope id to hand out (ids are never reused within an instance).</summary>
    public required int NextId { get; init; }

    /// <summary>Activities executed over the instance's life (the loop-safety counter).</summary>
    public required long Steps { get; init; }

    /// <summary>The dossier's data given at start (a JSON object, as text), read by scripts as <c>input</c>/<c>dossier</c>.</summary>
    public string? InputJson { get; init; }

    /// <summary>Workflow variable values as JSON text, in the compiled workflow's variable order.</summary>
    public required IReadOnlyList<string?> Variables { get; init; }

    /// <summary>Running flowcharts with their tokens; empty once the instance ended.</summary>
    public required IReadOnlyList<ScopeState> Scopes { get; init; }

    /// <summary>What the instance waits on.</summary>
    public required IReadOnlyList<BookmarkState> Bookmarks { get; init; }

    /// <summary>Lines written by Elsa.WriteLine, in order.</summary>
    public required IReadOnlyList<string> Journal { get; init; }

    /// <summary>The bookmark with the given id, or null.</summary>
    public BookmarkState? FindBookmark(int id)
    {
        foreach (var bookmark in Bookmarks)
        {
            if (bookmark.Id == id)
                return bookmark;
        }

        return null;
    }

    /// <summary>True when the instance can no longer be resumed.</summary>
    public bool IsEnded => Status is InstanceStatus.Finished or InstanceStatus.Faulted or InstanceStatus.Cancelled;
}
