using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// The timers table of a single-node (SQLite) store. Reads walk the due-instant index in
/// (due instant, rowid) order — the index carries the rowid, so each page is an index range scan
/// with no sort, however many rows fall due at one instant. Every due row is this node's to fire.
/// Completions delete the fired rows in one durable transaction per call.
/// </summary>
public sealed class SingleNodeTimerClaims(IDbContextFactory<EngineDbContext> contexts) : ITimerClaims
{
    private const string Columns = "SELECT rowid, DossierId, Purpose, Ref, DueAt FROM timers ";
    private readonly SemaphoreSlim _deleting = new(1, 1);

    public async Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        long throughMs = through.ToUnixTimeMilliseconds();
        if (after.DueAtMs > throughMs)
            return new TimerPage([], after);
        var rows = new List<DossierTimer>(Math.Min(limit, 16_384));
        await using var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        var next = after;
        if (after.Position != long.MaxValue && after.DueAtMs <= throughMs)
        {
            // The rest of the instant the last page stopped in.
            next = await ReadIntoAsync(connection, rows, Columns + "WHERE DueAt = $due AND rowid > $pos ORDER BY rowid LIMIT $limit",
                after, throughMs, limit, cancellationToken).ConfigureAwait(false);
        }
        if (rows.Count < limit)
        {
            next = await ReadIntoAsync(connection, rows, Columns + "WHERE DueAt > $due AND DueAt <= $through ORDER BY DueAt, rowid LIMIT $limit",
                after with { Position = 0 }, throughMs, limit - rows.Count, cancellationToken).ConfigureAwait(false);
            if (rows.Count < limit)
                next = TimerCursor.After(Math.Max(throughMs, after.DueAtMs));
        }
        return new TimerPage(rows, next);
    }

    public Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken) =>
        Task.FromResult(due);

    public async Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken)
    {
        if (fired.Count == 0)
            return;
        await _deleting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = contexts.CreateDbContext();
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM timers WHERE DossierId = $d AND Purpose = $p AND Ref = $r AND DueAt = $due";
            var (d, p, r, due) = (Add(delete, "$d"), Add(delete, "$p"), Add(delete, "$r"), Add(delete, "$due"));
            delete.Prepare();
            foreach (var timer in fired)
            {
                (d.Value, p.Value, r.Value, due.Value) = (timer.DossierId, (long)timer.Purpose, timer.Ref, timer.DueAt.ToUnixTimeMilliseconds());
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _deleting.Release();
        }
    }

    private static async Task<TimerCursor> ReadIntoAsync(
        DbConnection connection, List<DossierTimer> rows, string sql, TimerCursor after, long throughMs, int limit, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.CommandText = sql;
        Add(query, "$due").Value = after.DueAtMs;
        Add(query, "$pos").Value = after.Position;
        Add(query, "$through").Value = throughMs;
        Add(query, "$limit").Value = limit;
        var next = after;
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            long dueAt = reader.GetInt64(4);
            rows.Add(new DossierTimer
            {
                DossierId = reader.GetInt64(1),
                Purpose = (TimerPurpose)reader.GetInt64(2),
                Ref = reader.GetInt64(3),
                DueAt = DateTimeOffset.FromUnixTimeMilliseconds(dueAt),
            });
            next = new TimerCursor(dueAt, reader.GetInt64(0));
        }
        return next;
    }

    private static DbParameter Add(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
