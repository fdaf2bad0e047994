using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// Fires timers through the group-committed write path: every row's command is queued at once,
/// in due order, so the writer applies them in that order and carries many in one transaction.
/// </summary>
public sealed class PipelineTimerFirer(CommitPipeline pipeline, ILogger<PipelineTimerFirer>? logger = null) : ITimerFirer
{
    private readonly ILogger _logger = logger ?? NullLogger<PipelineTimerFirer>.Instance;

    public async Task<FireOutcome[]> FireAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
    {
        var answers = new Task<CommandResult>?[due.Count];
        var outcomes = new FireOutcome[due.Count];
        for (int i = 0; i < due.Count; i++)
        {
            try
            {
                answers[i] = pipeline.ExecuteAsync(TimerFiring.CommandFor(due[i]), cancellationToken);
            }
            catch (ArgumentOutOfRangeException e)
            {
                _logger.LogError(e, "No command fires timer {Timer}", due[i]);
                outcomes[i] = FireOutcome.Failed;
            }
        }
        for (int i = 0; i < due.Count; i++)
        {
            if (answers[i] is not { } answer)
                continue;
            try
            {
                outcomes[i] = OutcomeOf(await answer.ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "Firing timer {Timer} failed", due[i]);
                outcomes[i] = FireOutcome.Failed;
            }
        }
        return outcomes;
    }

    /// <summary>
    /// A refusal other than "not found" is retried: the usual one is a timer whose row, stored to
    /// the millisecond, came due a fraction of a millisecond before its bookmark.
    /// </summary>
    private static FireOutcome OutcomeOf(CommandResult result) => result.Error switch
    {
        null => FireOutcome.Done,
        { Code: DomainErrorCode.NotFound } => FireOutcome.Done,
        _ => FireOutcome.Retry,
    };
}
