using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// The writer's memory of committed dossiers, least recently used first out, so a busy dossier is
/// read from the store once and then applied to in memory. Holds committed states only: a batch
/// publishes its states here after its commit. Another node may have changed a cached dossier
/// since; the version guard on the dossier row then fails the batch, which evicts and reloads.
/// Used by the writer thread only.
/// </summary>
internal sealed class StateCache(int capacity)
{
    private readonly Dictionary<long, LinkedListNode<DossierState>> _entries = [];
    private readonly LinkedList<DossierState> _recency = new();
    private readonly Dictionary<long, long> _taskDossiers = [];

    public int Count => _entries.Count;

    public DossierState? Get(long dossierId)
    {
        if (!_entries.TryGetValue(dossierId, out var node))
            return null;
        _recency.Remove(node);
        _recency.AddFirst(node);
        return node.Value;
    }

    /// <summary>The dossier of a task, if that dossier is cached.</summary>
    public long? DossierOfTask(long taskId) => _taskDossiers.TryGetValue(taskId, out long id) ? id : null;

    public void Put(DossierState state)
    {
        Evict(state.Id);
        _entries[state.Id] = _recency.AddFirst(state);
        foreach (var task in state.Tasks)
            _taskDossiers[task.Id] = state.Id;
        while (_entries.Count > capacity && _recency.Last is { } oldest)
            Evict(oldest.Value.Id);
    }

    public void Evict(long dossierId)
    {
        if (!_entries.Remove(dossierId, out var node))
            return;
        _recency.Remove(node);
        foreach (var task in node.Value.Tasks)
            _taskDossiers.Remove(task.Id);
    }
}
