namespace TthcFlow.Engine.Runtime;

/// <summary>Why a command was refused. A refused command changes nothing.</summary>
public enum RuntimeErrorCode : byte
{
    /// <summary>No bookmark with that id (already resumed, cancelled, or never existed).</summary>
    BookmarkNotFound = 1,

    /// <summary>The bookmark exists but waits on something else (e.g. a timer fired as a task).</summary>
    WrongBookmarkKind = 2,

    /// <summary>The outcome is not one of the step's ports.</summary>
    InvalidOutcome = 3,

    /// <summary>A timer fired before its due instant.</summary>
    TimerNotDue = 4,

    /// <summary>The instance has finished, faulted or been cancelled.</summary>
    InstanceEnded = 5,

    /// <summary>The state belongs to another definition or version than the workflow supplied.</summary>
    VersionMismatch = 6,

    /// <summary>The start input is not a JSON object.</summary>
    InvalidInput = 7,
}

/// <summary>A refused command: the code and a message for the caller (English; the API localises).</summary>
public sealed record RuntimeError(RuntimeErrorCode Code, string Message);

/// <summary>
/// The answer to a start or a command: the new state and the effects to apply, or the error that
/// refused it (then <see cref="State"/> is the unchanged state given, or null for a refused start,
/// and <see cref="Effects"/> is empty).
/// </summary>
public sealed record RunResult(InstanceState? State, IReadOnlyList<RuntimeEffect> Effects, RuntimeError? Error)
{
    /// <summary>True when the command was applied.</summary>
    public bool Succeeded => Error is null;

    internal static RunResult Refused(InstanceState? state, RuntimeErrorCode code, string message) => new(state, [], new RuntimeError(code, message));
}
