namespace TthcFlow.Engine.Runtime.Execution;

/// <summary>
/// Work scheduled but not yet run: an activity to execute, or a body flowchart to start. Runs in
/// FIFO order like Elsa's queue-based scheduler, so sibling branches run in connection order.
/// Empty whenever a command returns.
/// </summary>
internal readonly record struct WorkItem(int Node, int Scope, bool StartsScope = false);

/// <summary>A first-in first-out queue of <see cref="WorkItem"/>s that can withdraw a cancelled scope's work.</summary>
internal sealed class WorkQueue
{
    private readonly List<WorkItem> _items = [];
    private int _head;

    public void Enqueue(WorkItem item) => _items.Add(item);

    public bool TryDequeue(out WorkItem item)
    {
        if (_head >= _items.Count)
        {
            item = default;
            return false;
        }

        item = _items[_head++];
        if (_head == _items.Count)
        {
            _items.Clear();
            _head = 0;
        }

        return true;
    }

    /// <summary>True when work for the given scope is waiting to run.</summary>
    public bool HasWorkFor(int scope)
    {
        for (var i = _head; i < _items.Count; i++)
        {
            if (_items[i].Scope == scope)
                return true;
        }

        return false;
    }

    /// <summary>Withdraws the work of a scope that ended.</summary>
    public void Withdraw(int scope)
    {
        for (var i = _items.Count - 1; i >= _head; i--)
        {
            if (_items[i].Scope == scope)
                _items.RemoveAt(i);
        }
    }

    public void Clear()
    {
        _items.Clear();
        _head = 0;
    }
}
