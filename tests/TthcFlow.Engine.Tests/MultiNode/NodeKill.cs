using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;

namespace TthcFlow.Engine.Tests.MultiNode;

/// <summary>
/// Kills a node's scheduler mid-burst, as a crash would: once the node has claimed
/// <paramref name="afterClaimed"/> rows, everything it does with the store from then on stops
/// dead — the batch that tripped it is claimed but never fired, batches being fired are never
/// completed, nothing more is read or claimed — until <see cref="Release"/>, when they give up
/// without touching the store (so the host can be disposed). Its leases stay behind as a dead
/// process's would.
/// </summary>
internal sealed class NodeKill(int afterClaimed)
{
    private readonly TaskCompletionSource _dead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _afterClaimed = afterClaimed;
    private int _claimed;

    public Task Dead => _dead.Task;

    public int Claimed => Volatile.Read(ref _claimed);

    public void Release() => _released.TrySetResult();

    /// <summary>Claims through <paramref name="inner"/> until the kill; then nothing.</summary>
    public ITimerClaims Claims(ITimerClaims inner) => new MortalClaims(inner, this);

    /// <summary>Fires through <paramref name="inner"/> until the kill; then never.</summary>
    public ITimerFirer Firer(ITimerFirer inner) => new MortalFirer(inner, this);

    private async Task<bool> StoppedAsync()
    {
        if (!_dead.Task.IsCompleted)
            return false;
        await _released.Task;
        return true;
    }

    private sealed class MortalClaims(ITimerClaims inner, NodeKill kill) : ITimerClaims
    {
        public bool Shared => inner.Shared;

        public async Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken) =>
            await kill.StoppedAsync() ? new TimerPage([], after) : await inner.ReadAsync(after, through, limit, cancellationToken);

        public async Task<IReadOnlyList<DossierTimer>> ReadUnclaimedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
            await kill.StoppedAsync() ? [] : await inner.ReadUnclaimedAsync(now, limit, cancellationToken);

        public async Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
        {
            if (await kill.StoppedAsync())
                return [];
            var claimed = await inner.ClaimAsync(due, cancellationToken);
            if (Interlocked.Add(ref kill._claimed, claimed.Count) >= kill._afterClaimed)
                kill._dead.TrySetResult();
            return claimed;
        }

        public async Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken)
        {
            if (!await kill.StoppedAsync())
                await inner.CompleteAsync(fired, cancellationToken);
        }
    }

    private sealed class MortalFirer(ITimerFirer inner, NodeKill kill) : ITimerFirer
    {
        public async Task<FireOutcome[]> FireAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
        {
            if (await kill.StoppedAsync())
                return Enumerable.Repeat(FireOutcome.Failed, due.Count).ToArray();
            return await inner.FireAsync(due, cancellationToken);
        }
    }
}
