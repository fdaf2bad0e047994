using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Scheduling;

/// <summary>
/// Quyền bắn hẹn giờ có thời hạn — the timers table of a PostgreSQL store shared by several engine
/// nodes. A node claims the due rows it is about to fire in one statement: it locks those of them
/// that no node holds (<c>FOR UPDATE SKIP LOCKED</c>, so two nodes claiming at once split the rows
/// and never wait on each other) and writes its name and a lease end on them
/// (<see cref="DossierTimer.ClaimedBy"/>, <see cref="DossierTimer.LeaseUntil"/>). A row is
/// claimable while unclaimed, when its lease has expired (its node died or stalled), or by the
/// node that holds it (a refused row tried again). Completion deletes a row only if this node
/// still holds it at the same due instant: a row re-armed meanwhile (the write path deletes and
/// re-inserts it, unclaimed) or taken over by another node stays. Because other nodes arm rows
/// behind this node's read cursor, the scheduler sweeps for unclaimed due rows
/// (<see cref="ReadUnclaimedAsync"/>). Lease instants are read from the engine's clock.
/// </summary>
public sealed class LeasedTimerClaims(IDbContextFactory<EngineDbContext> contexts, NodeOptions node, TimeProvider time) : ITimerClaims
{
    private const string Due = """unnest(@ids, @purposes, @refs, @dues) AS d("DossierId", "Purpose", "Ref", "DueAt")""";
    private const string SameRow = """t."DossierId" = d."DossierId" AND t."Purpose" = d."Purpose" AND t."Ref" = d."Ref" AND t."DueAt" = d."DueAt" """;

    private const string ClaimSql = $"""
        WITH won AS (
            SELECT t."DossierId", t."Purpose", t."Ref" FROM timers t JOIN {Due} ON {SameRow}
            WHERE t."ClaimedBy" IS NULL OR t."ClaimedBy" = @node OR t."LeaseUntil" <= @now
            FOR UPDATE OF t SKIP LOCKED)
        UPDATE timers t SET "ClaimedBy" = @node, "LeaseUntil" = @until FROM won
        WHERE t."DossierId" = won."DossierId" AND t."Purpose" = won."Purpose" AND t."Ref" = won."Ref"
        RETURNING t."DossierId", t."Purpose", t."Ref"
        """;

    private const string CompleteSql = $"""DELETE FROM timers t USING {Due} WHERE {SameRow} AND t."ClaimedBy" = @node""";

    private const string UnclaimedSql = """
        SELECT "DossierId", "Purpose", "Ref", "DueAt" FROM timers
        WHERE "DueAt" <= @now AND ("ClaimedBy" IS NULL OR "LeaseUntil" <= @now)
        ORDER BY "DueAt" LIMIT @limit
        """;

    private readonly SingleNodeTimerClaims _reader = new(contexts, node.Id, time);

    /// <summary>This node's name and lease length.</summary>
    public NodeOptions Node => node;

    public bool Shared => true;

    /// <summary>
    /// Range reads are the single-node ones without the rows another node holds under a live lease:
    /// two nodes reading the same burst do not both queue what one of them already fires. Such a
    /// row comes back through the sweep if its lease expires.
    /// </summary>
    public Task<TimerPage> ReadAsync(TimerCursor after, DateTimeOffset through, int limit, CancellationToken cancellationToken) =>
        _reader.ReadAsync(after, through, limit, cancellationToken);

    public async Task<IReadOnlyList<DossierTimer>> ReadUnclaimedAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var query = await CommandAsync(db, UnclaimedSql, cancellationToken).ConfigureAwait(false);
        query.Parameters.AddWithValue("now", now.ToUnixTimeMilliseconds());
        query.Parameters.AddWithValue("limit", limit);
        var rows = new List<DossierTimer>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new DossierTimer
            {
                DossierId = reader.GetInt64(0),
                Purpose = (TimerPurpose)reader.GetInt16(1),
                Ref = reader.GetInt64(2),
                DueAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
            });
        }
        return rows;
    }

    public async Task<IReadOnlyList<DossierTimer>> ClaimAsync(IReadOnlyList<DossierTimer> due, CancellationToken cancellationToken)
    {
        if (due.Count == 0)
            return [];
        var now = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        await using var claim = await CommandAsync(db, ClaimSql, cancellationToken).ConfigureAwait(false);
        AddRows(claim, due);
        claim.Parameters.AddWithValue("now", now.ToUnixTimeMilliseconds());
        claim.Parameters.AddWithValue("until", (now + node.Lease).ToUnixTimeMilliseconds());
        var won = new HashSet<(long, short, long)>();
        await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                won.Add((reader.GetInt64(0), reader.GetInt16(1), reader.GetInt64(2)));
        }
        return won.Count == due.Count ? due : due.Where(t => won.Contains(Key(t))).ToList();
    }

    public async Task CompleteAsync(IReadOnlyList<DossierTimer> fired, CancellationToken cancellationToken)
    {
        if (fired.Count == 0)
            return;
        await using var db = contexts.CreateDbContext();
        await using var delete = await CommandAsync(db, CompleteSql, cancellationToken).ConfigureAwait(false);
        AddRows(delete, fired);
        await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<NpgsqlCommand> CommandAsync(EngineDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var connection = db.Database.GetDbConnection() as NpgsqlConnection
            ?? throw new InvalidOperationException("Leased timer claims need a PostgreSQL store.");
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("node", node.Id);
        return command;
    }

    private static void AddRows(NpgsqlCommand command, IReadOnlyList<DossierTimer> rows)
    {
        var (ids, purposes, refs, dues) = (new long[rows.Count], new short[rows.Count], new long[rows.Count], new long[rows.Count]);
        for (int i = 0; i < rows.Count; i++)
            (ids[i], purposes[i], refs[i], dues[i]) = (rows[i].DossierId, (short)rows[i].Purpose, rows[i].Ref, rows[i].DueAt.ToUnixTimeMilliseconds());
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids });
        command.Parameters.Add(new NpgsqlParameter("purposes", NpgsqlDbType.Array | NpgsqlDbType.Smallint) { Value = purposes });
        command.Parameters.Add(new NpgsqlParameter("refs", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = refs });
        command.Parameters.Add(new NpgsqlParameter("dues", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = dues });
    }

    private static (long, short, long) Key(DossierTimer t) => (t.DossierId, (short)t.Purpose, t.Ref);
}
