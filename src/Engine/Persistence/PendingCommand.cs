namespace TthcFlow.Engine.Persistence;

/// <summary>A command waiting in the pipeline's queue, and its caller's answer once the batch committed.</summary>
internal sealed class PendingCommand(DossierCommand command)
{
    private readonly TaskCompletionSource<CommandResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public DossierCommand Command { get; } = command;

    /// <summary>The dossier the command acts on, once resolved (null for a new dossier or an unknown task).</summary>
    public long? DossierId { get; set; }

    /// <summary>The result decided while applying, given to the caller only after the commit.</summary>
    public CommandResult? Result { get; set; }

    /// <summary>A defect met while applying this command alone (it changed nothing).</summary>
    public Exception? Defect { get; set; }

    public Task<CommandResult> Completion => _completion.Task;

    /// <summary>Answers the caller with what was decided for this command.</summary>
    public void Answer()
    {
        if (Defect is not null)
            _completion.TrySetException(Defect);
        else
            _completion.TrySetResult(Result!);
    }

    public void Fail(Exception exception) => _completion.TrySetException(exception);

    /// <summary>Forgets what a rolled-back attempt decided, before the command runs again.</summary>
    public void Reset()
    {
        Result = null;
        Defect = null;
    }
}
