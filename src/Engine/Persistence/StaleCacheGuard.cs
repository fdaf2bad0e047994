namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Keeps a batch from answering on a cached dossier another node has changed since. A command
/// that changes its dossier is safe anyway: the version guard on the dossier row fails the batch.
/// A command that is refused (e.g. "task already completed", "no such task") or changes nothing
/// writes no row, so no guard sees it; when its dossier came from the cache, the batch reads the
/// stored versions of those dossiers before committing, and a newer one evicts them and reruns the
/// batch on fresh state (<see cref="StaleStateException"/>). Used by the writer thread only.
/// </summary>
internal sealed class StaleCacheGuard
{
    private readonly HashSet<long> _fromCache = [];
    private readonly List<long> _suspects = [];

    /// <summary>A new batch: nothing taken from the cache yet.</summary>
    public void Clear()
    {
        _fromCache.Clear();
        _suspects.Clear();
    }

    /// <summary>The batch acts on this dossier as the cache holds it (not as read in this transaction).</summary>
    public void FromCache(long dossierId) => _fromCache.Add(dossierId);

    /// <summary>A command on this dossier was refused or changed nothing.</summary>
    public void WroteNothing(long? dossierId)
    {
        if (dossierId is { } id && _fromCache.Contains(id) && !_suspects.Contains(id))
            _suspects.Add(id);
    }

    /// <summary>Checks the suspects' stored versions against the cached ones, in the batch's transaction.</summary>
    /// <exception cref="StaleStateException">Another node changed one of them; they are evicted.</exception>
    public void Verify(StateLoader loader, StateCache cache)
    {
        if (_suspects.Count == 0)
            return;
        var stored = loader.Versions(_suspects);
        bool stale = false;
        foreach (long id in _suspects)
        {
            if (cache.Get(id) is { } cached && stored.GetValueOrDefault(id, -1) == cached.Dossier.Version)
                continue;
            cache.Evict(id);
            stale = true;
        }
        if (stale)
            throw new StaleStateException("A refusal was judged on a cached dossier another node has changed since.");
    }
}
