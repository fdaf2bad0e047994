using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Scheduling;

/// <summary>A timer in the window: when to fire it (its due instant, later after a refusal) and how many times it was refused.</summary>
internal readonly record struct WindowEntry(DateTimeOffset FireAt, DossierTimer Timer, int Refusals = 0);

/// <summary>
/// The scheduler's near-term window: a heap of timers ordered by when to fire them, and the cursor
/// up to which the timers table has been read. Invariant: every row due before the cursor's
/// instant is in the heap, fired, or was armed after the read and offered by the pipeline — so
/// firing from the heap never overtakes a row still in the store. Used by the scheduler's loop only.
/// </summary>
internal sealed class TimerWindow
{
    private readonly PriorityQueue<WindowEntry, WindowEntry> _heap = new(EntryOrder.Instance);
    private WindowEntry? _lastTaken;

    public TimerCursor Cursor { get; private set; } = TimerCursor.Start;

    public int Count => _heap.Count;

    /// <summary>The table has been read through <paramref name="instant"/> (every row due then or earlier).</summary>
    public bool ReadThrough(DateTimeOffset instant) =>
        Cursor.InstantComplete && Cursor.DueAtMs >= instant.ToUnixTimeMilliseconds();

    /// <summary>Takes a page read from the store.</summary>
    public void Loaded(TimerPage page)
    {
        foreach (var timer in page.Timers)
            _heap.Enqueue(new WindowEntry(timer.DueAt, timer), new WindowEntry(timer.DueAt, timer));
        Cursor = page.Next;
    }

    /// <summary>Takes a timer the pipeline just armed if the read has passed its instant; later ones are read in their turn.</summary>
    public bool Offer(DossierTimer timer)
    {
        if (timer.DueAt.ToUnixTimeMilliseconds() > Cursor.DueAtMs)
            return false;
        Add(new WindowEntry(timer.DueAt, timer));
        return true;
    }

    public void Add(WindowEntry entry) => _heap.Enqueue(entry, entry);

    /// <summary>Takes back a timer taken before (refused, or its batch failed): it must fire again even if it was the last one taken.</summary>
    public void Retry(WindowEntry entry)
    {
        if (_lastTaken is { } last && EntryOrder.Instance.Compare(last, entry) == 0)
            _lastTaken = null;
        Add(entry);
    }

    /// <summary>
    /// Takes due rows a sweep found (shared store). Called only when nothing in the window is due,
    /// so no twin of a due entry is left to skip: a row taken before and swept again (its claim
    /// failed then) must fire now.
    /// </summary>
    public void Swept(IReadOnlyList<DossierTimer> rows)
    {
        _lastTaken = null;
        foreach (var timer in rows)
            Add(new WindowEntry(timer.DueAt, timer));
    }

    /// <summary>When the next timer in the window is to fire.</summary>
    public DateTimeOffset? NextFireAt => _heap.TryPeek(out var top, out _) ? top.FireAt : null;

    public bool HasDue(DateTimeOffset now) => _heap.TryPeek(out var top, out _) && top.FireAt <= now;

    /// <summary>Up to <paramref name="max"/> timers due at <paramref name="now"/>, in due order; a timer both read and offered fires once.</summary>
    public List<WindowEntry> TakeDue(DateTimeOffset now, int max)
    {
        var due = new List<WindowEntry>(Math.Min(max, _heap.Count));
        while (due.Count < max && _heap.TryPeek(out var top, out _) && top.FireAt <= now)
        {
            _heap.Dequeue();
            if (_lastTaken is { } last && EntryOrder.Instance.Compare(last, top) == 0)
                continue;
            _lastTaken = top;
            due.Add(top);
        }
        return due;
    }

    /// <summary>Fire instant, then due instant (to the millisecond, as stored), then the row's key.</summary>
    private sealed class EntryOrder : IComparer<WindowEntry>
    {
        public static readonly EntryOrder Instance = new();

        public int Compare(WindowEntry x, WindowEntry y)
        {
            int c = x.FireAt.UtcTicks.CompareTo(y.FireAt.UtcTicks);
            if (c != 0) return c;
            c = x.Timer.DueAt.ToUnixTimeMilliseconds().CompareTo(y.Timer.DueAt.ToUnixTimeMilliseconds());
            if (c != 0) return c;
            c = x.Timer.DossierId.CompareTo(y.Timer.DossierId);
            if (c != 0) return c;
            c = x.Timer.Purpose.CompareTo(y.Timer.Purpose);
            return c != 0 ? c : x.Timer.Ref.CompareTo(y.Timer.Ref);
        }
    }
}
