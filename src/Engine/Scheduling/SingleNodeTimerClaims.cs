using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// The timers table of a store served by one engine node: every due row is this node's to fire.
/// Reads walk the due-instant index in order. On SQLite the order within an instant is the rowid,
/// which the index carries, so each page is an index range scan with no sort however many rows
/// fall due at one instant; elsewhere (PostgreSQL) it is the row's key. Completions delete the
/// fired rows in one durable transaction per call. Several nodes on one PostgreSQL database need
/// a claimer with leases instead (see <see cref="ITimerClaims"/>).
/// </summary>
public sealed class SingleNodeTimerClaims : ITimerClaims
{
    private const string Columns = """SELECT "DossierId", "Purpose", "Ref", "DueAt" """;

    /// <summary>Rows another node holds under a live lease (<see cref="LeasedTimerClaims"/> reads past them).</summary>
    private const string NotHeldElsewhere = """ AND ("ClaimedBy" IS NULL OR "ClaimedBy" = @node OR "LeaseUntil" <= @now)""";

    private readonly SemaphoreSlim _deleting = new(1, 1);
    private readonly IDbContextFactory<EngineDbContext> _contexts;
    private readonly (string Node, TimeProvider Time)? _skipHeldBy;

    public SingleNodeTimerClaims(IDbContextFactory<EngineDbContext> contexts) => _contexts = contexts;

    /// <summary>A reader for a shared store that leaves out rows held by another node, whose lease has not expired.</summary>
    internal SingleNodeTimerClaims(IDbContextFactory<EngineDbContext> contexts, string node, TimeProvider time)
        : this(contexts) => _skipHeldBy = (node, time);

    public async Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        long throughMs = through.ToUnixTimeMilliseconds();
        if (after.DueAtMs > throughMs)
            return new TimerPage([], after);
        var rows = new List<DossierTimer>(Math.Min(limit, 16_384));
        await using var db = _contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection();
        bool rowids = connection is SqliteConnection;
        var next = after;
        string filter = _skipHeldBy is null ? "" : NotHeldElsewhere;
        if (!after.InstantComplete)
        {
            // The rest of the instant the last page stopped in.
            next = await ReadIntoAsync(connection, rows, rowids
                    ? Columns + """, rowid FROM timers WHERE "DueAt" = @due AND rowid > @pos ORDER BY rowid LIMIT @limit"""
                    : Columns + """FROM timers WHERE "DueAt" = @due AND ("DossierId", "Purpose", "Ref") > (@id, @purpose, @ref)""" + filter + """ ORDER BY "DossierId", "Purpose", "Ref" LIMIT @limit""",
                after, throughMs, limit, cancellationToken).ConfigureAwait(false);
        }
        if (rows.Count < limit)
        {
            next = await ReadIntoAsync(connection, rows, rowids
                    ? Columns + """, rowid FROM timers WHERE "DueAt" > @due AND "DueAt" <= @through ORDER BY "DueAt", rowid LIMIT @limit"""
                    : Columns + """FROM timers WHERE "DueAt" > @due AND "DueAt" <= @through""" + filter + """ ORDER BY "DueAt", "DossierId", "Purpose", "Ref" LIMIT @limit""",
                after, throughMs, limit - rows.Count, cancellationToken).ConfigureAwait(false);
            if (rows.Count < limit)
                next = TimerCursor.After(Math.Max(throughMs, after.DueAtMs));
        }
        return new TimerPage(rows, next);
    }

    /// <summary>Every row is this node's: none is armed behind its back, none is held by another.</summary>
    public bool Shared => false;

    public Task<IReadOnlyList<DossierTimer>> ReadUnclaimedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DossierTimer>>([]);

    public Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken) =>
        Task.FromResult(due);

    public async Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken)
    {
        if (fired.Count == 0)
            return;
        await _deleting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var db = _contexts.CreateDbContext();
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = """DELETE FROM timers WHERE "DossierId" = @id AND "Purpose" = @purpose AND "Ref" = @ref AND "DueAt" = @due""";
            var (id, purpose, @ref, due) = (Add(delete, "@id"), Add(delete, "@purpose"), Add(delete, "@ref"), Add(delete, "@due"));
            foreach (var timer in fired)
            {
                (id.Value, purpose.Value, @ref.Value, due.Value) = (timer.DossierId, (short)timer.Purpose, timer.Ref, timer.DueAt.ToUnixTimeMilliseconds());
                await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _deleting.Release();
        }
    }

    private async Task<TimerCursor> ReadIntoAsync(
        DbConnection connection, List<DossierTimer> rows, string sql, TimerCursor after, long throughMs, int limit, CancellationToken cancellationToken)
    {
        await using var query = connection.CreateCommand();
        query.CommandText = sql;
        foreach (var (name, value) in (ReadOnlySpan<(string, object)>)[
            ("@due", after.DueAtMs), ("@pos", after.Position), ("@id", after.DossierId), ("@purpose", (short)after.Purpose),
            ("@ref", after.Ref), ("@through", throughMs), ("@limit", limit),
            ("@node", _skipHeldBy?.Node ?? ""), ("@now", _skipHeldBy?.Time.GetUtcNow().ToUnixTimeMilliseconds() ?? 0L)])
        {
            if (sql.Contains(name, StringComparison.Ordinal))
                Add(query, name).Value = value;
        }
        var next = after;
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        bool rowids = reader.FieldCount > 4;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var timer = new DossierTimer
            {
                DossierId = reader.GetInt64(0),
                Purpose = (TimerPurpose)reader.GetInt16(1),
                Ref = reader.GetInt64(2),
                DueAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
            };
            rows.Add(timer);
            next = new TimerCursor(reader.GetInt64(3), rowids ? reader.GetInt64(4) : 0, timer.DossierId, timer.Purpose, timer.Ref);
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
