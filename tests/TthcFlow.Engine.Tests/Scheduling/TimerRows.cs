using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Tests.Scheduling;

/// <summary>Timer rows written straight into a store (as a crashed engine would have left them), and read back.</summary>
internal static class TimerRows
{
    /// <summary>Inserts rows in 10,000-row transactions.</summary>
    public static void Insert(string sqliteConnectionString, IEnumerable<DossierTimer> timers)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(sqliteConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }
        using var chunks = timers.Chunk(10_000).GetEnumerator();
        while (chunks.MoveNext())
        {
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO timers (DossierId, Purpose, Ref, DueAt) VALUES ($d, 1, $r, $due)";
            var (d, r, due) = (insert.Parameters.Add("$d", SqliteType.Integer), insert.Parameters.Add("$r", SqliteType.Integer), insert.Parameters.Add("$due", SqliteType.Integer));
            insert.Prepare();
            foreach (var timer in chunks.Current)
            {
                (d.Value, r.Value, due.Value) = (timer.DossierId, timer.Ref, timer.DueAt.ToUnixTimeMilliseconds());
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    public static long Count(IDbContextFactory<EngineDbContext> contexts)
    {
        using var db = contexts.CreateDbContext();
        return db.Set<DossierTimer>().LongCount();
    }
}

/// <summary>
/// A firer that records what it was handed, in order, then hands it on to the engine's firer if
/// given one; alone, the effect under test is "fired once, in due order".
/// </summary>
internal sealed class RecordingFirer(ITimerFirer? inner = null) : ITimerFirer
{
    private readonly ConcurrentQueue<DossierTimer> _fired = new();

    public IReadOnlyCollection<DossierTimer> Fired => _fired;

    /// <summary>The runtime timer bookmarks handed over (other purposes — deadlines, appointments — left out).</summary>
    public IReadOnlyList<DossierTimer> Bookmarks => _fired.Where(t => t.Purpose == TimerPurpose.Bookmark).ToList();

    public Task<FireOutcome[]> FireAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
    {
        foreach (var timer in due)
            _fired.Enqueue(timer);
        return inner?.FireAsync(due, cancellationToken) ?? Task.FromResult(new FireOutcome[due.Count]);
    }
}
