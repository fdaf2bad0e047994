using System.Collections.Concurrent;

namespace TthcFlow.Engine.Tests.CrashSafety;

/// <summary>How a request the clients sent ended, as the client saw it.</summary>
public enum RequestFate
{
    /// <summary>2xx: the server said the change is committed.</summary>
    Acknowledged,

    /// <summary>4xx: the server refused it (e.g. the task was already claimed by the unknown request before).</summary>
    Refused,

    /// <summary>The connection died first (the process was killed): it happened whole or not at all.</summary>
    Unknown,
}

/// <summary>One change request: what was asked and what the answer said.</summary>
/// <param name="Kind">Submit, Claim, Complete or Advance.</param>
/// <param name="IdNumber">For a submission: the applicant's ID number, unique per submission.</param>
/// <param name="Version">For an acknowledged dossier command: the dossier's version in the answer.</param>
/// <param name="Status">The HTTP status of the answer; <paramref name="Problem"/> the refusal's code.</param>
public sealed record LedgerEntry(
    int Round, string Kind, RequestFate Fate, long? DossierId = null, long? TaskId = null, string? IdNumber = null,
    string? Code = null, string? Outcome = null, int? Version = null, DateTimeOffset? ClockTo = null, int? Status = null, string? Problem = null);

/// <summary>
/// The clients' record of every change request: acknowledged ones must be in the store after any
/// crash; unknown ones must be there whole or not at all. Lets a round wait for a number of
/// acknowledgements (the kill point) without sleeping.
/// </summary>
public sealed class Ledger
{
    private readonly ConcurrentQueue<LedgerEntry> _entries = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _acknowledged;

    public IReadOnlyCollection<LedgerEntry> Entries => _entries;

    public int Acknowledged => Volatile.Read(ref _acknowledged);

    public void Add(LedgerEntry entry)
    {
        _entries.Enqueue(entry);
        if (entry.Fate == RequestFate.Acknowledged)
            Interlocked.Increment(ref _acknowledged);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Completes once <paramref name="count"/> requests in all have been acknowledged, or <paramref name="stop"/> completes.</summary>
    public async Task WhenAcknowledgedAsync(int count, Task stop, CancellationToken cancellationToken)
    {
        while (Acknowledged < count && !stop.IsCompleted)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (Acknowledged >= count)
                return;
            await Task.WhenAny(changed, stop).WaitAsync(cancellationToken);
        }
    }
}
