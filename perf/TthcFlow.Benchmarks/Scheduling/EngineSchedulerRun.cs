using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Benchmarks.Scheduling;

/// <summary>
/// The engine's scheduler over an SQLite store of its own (WAL, synchronous=FULL), on a virtual
/// clock. Scheduling writes the rows durably in 4,096-row transactions and hands them to the
/// scheduler as the write pipeline does after a commit; firing is the scheduler's loop handing
/// due timers in batches to a firer that only counts, and deleting each fired row durably.
/// </summary>
internal sealed class EngineSchedulerRun : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tthcflow-sched-").FullName;
    private readonly VirtualClock _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.FromHours(7)));
    private readonly SqliteConnection _writer;
    private long _nextDossier = 1;

    public EngineSchedulerRun(int pendingFarAhead)
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        options.UseEngineStore(StoreOptions.From($"Data Source={Path.Combine(_folder, "engine.db")}"));
        var contexts = new ContextFactory(options.Options);
        using (var db = contexts.CreateDbContext())
            db.Database.Migrate();
        _writer = new SqliteConnection($"Data Source={Path.Combine(_folder, "engine.db")}");
        _writer.Open();
        using (var pragma = _writer.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;";
            pragma.ExecuteNonQuery();
        }
        Insert(pendingFarAhead, _clock.GetUtcNow().AddDays(365));
        Scheduler = new TimerScheduler(new SingleNodeTimerClaims(contexts), new CountingFirer(), _clock);
        Scheduler.Start();
        Scheduler.WhenCaughtUpAsync().GetAwaiter().GetResult();
    }

    public TimerScheduler Scheduler { get; }

    /// <summary>Schedules <paramref name="count"/> timers due in one millisecond, moves the clock there, and waits until all fired.</summary>
    public async Task ScheduleAndFireAsync(int count)
    {
        var fired = FireCounter.Expect(count);
        var due = _clock.GetUtcNow().AddMilliseconds(1);
        foreach (var chunk in Insert(count, due))
            Scheduler.TimersArmed(chunk);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        await fired.WaitAsync(TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        await Scheduler.WhenCaughtUpAsync().ConfigureAwait(false);
    }

    private List<DossierTimer[]> Insert(int count, DateTimeOffset due)
    {
        var chunks = new List<DossierTimer[]>();
        using var insert = _writer.CreateCommand();
        insert.CommandText = "INSERT INTO timers (DossierId, Purpose, Ref, DueAt) VALUES ($d, 1, 1, $due)";
        var (d, at) = (insert.Parameters.Add("$d", SqliteType.Integer), insert.Parameters.Add("$due", SqliteType.Integer));
        at.Value = due.ToUnixTimeMilliseconds();
        for (int done = 0; done < count;)
        {
            var chunk = new DossierTimer[Math.Min(4_096, count - done)];
            using var transaction = _writer.BeginTransaction();
            insert.Transaction = transaction;
            for (int i = 0; i < chunk.Length; i++)
            {
                chunk[i] = new DossierTimer { DossierId = _nextDossier++, Purpose = TimerPurpose.Bookmark, Ref = 1, DueAt = due };
                d.Value = chunk[i].DossierId;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
            chunks.Add(chunk);
            done += chunk.Length;
        }
        return chunks;
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.DisposeAsync().ConfigureAwait(false);
        _writer.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class ContextFactory(DbContextOptions<EngineDbContext> options) : IDbContextFactory<EngineDbContext>
    {
        public EngineDbContext CreateDbContext() => new(options);
    }

    private sealed class CountingFirer : ITimerFirer
    {
        public Task<FireOutcome[]> FireAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
        {
            FireCounter.Fired(due.Count);
            return Task.FromResult(new FireOutcome[due.Count]);
        }
    }
}
