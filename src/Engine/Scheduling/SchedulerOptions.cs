namespace TthcFlow.Engine.Scheduling;

/// <summary>Tuning of the durable scheduler.</summary>
public sealed record SchedulerOptions
{
    /// <summary>How far ahead of the clock the in-memory window reaches; rows due later stay in the store until then.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Rows read from the store per range query.</summary>
    public int PageSize { get; init; } = 8_192;

    /// <summary>Timers handed to the firer at once (the write pipeline splits them into its own batches).</summary>
    public int FireBatchSize { get; init; } = 4_096;

    /// <summary>Fire batches under way at once, so the writer always has the next batch queued.</summary>
    public int MaxBatchesInFlight { get; init; } = 4;

    /// <summary>Most timers held in memory before the reader waits for firing to catch up.</summary>
    public int MaxWindowCount { get; init; } = 65_536;

    /// <summary>Delay before a refused timer is tried again, doubled on each further refusal.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// On a store shared by several nodes, how often an idle scheduler looks for due rows no node
    /// holds (armed by another node behind this one's read cursor, or left by a node that died).
    /// </summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Refusals after which a timer is left in the store until the next start.</summary>
    public int MaxRetries { get; init; } = 5;
}
