namespace TthcFlow.Engine.Runtime;

/// <summary>How a new instance starts: the instant, and the dossier's data (a JSON object, as text).</summary>
public sealed record StartInput(DateTimeOffset Now, string? InputJson = null);

/// <summary>A command that resumes a waiting instance (see <see cref="WorkflowRunner.Resume(TthcFlow.Definitions.Compilation.CompiledWorkflow, InstanceState, RuntimeCommand, DateTimeOffset)"/>).</summary>
public abstract record RuntimeCommand;

/// <summary>An officer completes a human task with one of its outcomes (ports).</summary>
public sealed record CompleteHumanTask(int BookmarkId, string Outcome, string? Actor = null, string? Comment = null) : RuntimeCommand;

/// <summary>A timer is due: fire it (rejected before its due instant).</summary>
public sealed record FireTimer(int BookmarkId) : RuntimeCommand;

/// <summary>The awaited event happened (Elsa.Event bookmarks).</summary>
public sealed record TriggerEvent(int BookmarkId) : RuntimeCommand;

/// <summary>A child process (transfer) answered with an outcome (<c>Done</c> or <c>Returned</c>).</summary>
public sealed record CompleteChildProcess(int BookmarkId, string Outcome) : RuntimeCommand;

/// <summary>Stop the instance: every open task and timer is closed.</summary>
public sealed record CancelInstance(string? Reason = null) : RuntimeCommand;
