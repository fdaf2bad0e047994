using TthcFlow.Definitions.Activities;

namespace TthcFlow.Engine.Runtime;

/// <summary>
/// Something the caller must make happen or record after a command: rows to write, timers to arm,
/// messages to send. Plain data, in the order the runtime produced them.
/// </summary>
public abstract record RuntimeEffect;

/// <summary>
/// A human step opened a task in an inbox: the step type (<c>TthcFlow.OfficerStep</c>, …), its
/// compiled settings (title, role, unit rule, allotment, escalations; an officer step's action),
/// the outcomes the officer may choose, and when it opened.
/// </summary>
public sealed record HumanTaskOpened(
    int BookmarkId,
    string ActivityId,
    string StepType,
    HumanStepSettings Settings,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset OpenedAt) : RuntimeEffect;

/// <summary>A Delay or Timer armed a durable timer.</summary>
public sealed record TimerScheduled(int BookmarkId, string ActivityId, DateTimeOffset DueAt) : RuntimeEffect;

/// <summary>A Transfer asks another unit to run a child process (target unit rule, procedure, allotment).</summary>
public sealed record ChildProcessRequested(int BookmarkId, string ActivityId, TransferSettings Settings, DateTimeOffset RequestedAt) : RuntimeEffect;

/// <summary>An Event activity waits for a named event.</summary>
public sealed record EventAwaited(int BookmarkId, string ActivityId, string EventName) : RuntimeEffect;

/// <summary>How a bookmark ended.</summary>
public enum BookmarkClosure : byte
{
    /// <summary>Resumed by its command (task completed, timer fired, event raised, child answered).</summary>
    Resumed = 1,

    /// <summary>Cancelled: a WaitAny join won, the flowchart ended, the instance faulted or was cancelled.</summary>
    Cancelled = 2,
}

/// <summary>
/// A bookmark closed: a task leaves the inbox, a timer is disarmed, a child process is withdrawn.
/// <see cref="Outcome"/>, <see cref="Actor"/> and <see cref="Comment"/> are set when a task or child
/// process was resumed.
/// </summary>
public sealed record BookmarkClosed(
    int BookmarkId,
    string ActivityId,
    BookmarkKind Kind,
    BookmarkClosure Closure,
    DateTimeOffset ClosedAt,
    string? Outcome = null,
    string? Actor = null,
    string? Comment = null) : RuntimeEffect;

/// <summary>Elsa.WriteLine wrote a line to the instance's journal.</summary>
public sealed record JournalLine(string ActivityId, string Text) : RuntimeEffect;

/// <summary>Something the instance waits on, for the status report.</summary>
/// <param name="Kind">What it waits on; <see cref="BookmarkKind.Join"/> for a join still missing tokens.</param>
/// <param name="BookmarkId">The bookmark to resume; null for a join.</param>
/// <param name="ActivityId">The waiting activity.</param>
public sealed record WaitInfo(BookmarkKind Kind, int? BookmarkId, string ActivityId);

/// <summary>The last effect of every command: where the instance stands now.</summary>
public sealed record StatusReported(InstanceStatus Status, FaultInfo? Fault, IReadOnlyList<WaitInfo> Waiting) : RuntimeEffect;
