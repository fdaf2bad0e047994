using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Portal;

/// <summary>A status-sync message claimed for sending: what goes on the wire and how often it was tried before.</summary>
public sealed record PortalMessage(long Id, long DossierId, int Seq, string DossierCode, int Attempts, byte[] Payload)
{
    /// <summary>
    /// Khóa chống trùng — the same on every attempt and on every node: the dossier code (unique
    /// nationally) and the version reported, e.g. <c>H15.70-260302-0001:3</c>.
    /// </summary>
    public string IdempotencyKey => $"{DossierCode}:{Seq}";
}

/// <summary>How one message's delivery ended in this process.</summary>
public enum DeliveryResult
{
    /// <summary>The portal answered 2xx.</summary>
    Acknowledged,

    /// <summary>Its last allowed attempt failed, or the portal refused it for good (4xx).</summary>
    DeadLettered,

    /// <summary>Given up here (shutdown, store error): it stays live and is claimed again once its lease ends.</summary>
    Abandoned,
}

/// <summary>The end of one message's delivery, to be recorded.</summary>
public sealed record DeliveryOutcome(PortalMessage Message, DeliveryResult Result, int Attempts, string? Error);

/// <summary>
/// The status-sync messages in the outbox as the dispatcher sees them. A message is <em>live</em>
/// while neither settled (<see cref="OutboxMessage.DispatchedAt"/>) nor dead-lettered; the
/// <em>head</em> of a dossier is its live message of lowest version, and a dossier is claimed
/// through its head, once the head's lease has ended, together with its later live versions — so
/// a dossier's versions go out one after another, whichever node sends them. On PostgreSQL the
/// claim locks with <c>FOR UPDATE SKIP LOCKED</c>, so nodes claiming at once take different
/// dossiers; on SQLite (one node) writes are serialised anyway. Acknowledging a version settles it,
/// deletes its payload row (and those of the versions it settles), and settles (supersedes) any
/// dead-lettered earlier version of the dossier: the portal now holds a later full state.
/// </summary>
public sealed class PortalOutbox(IDbContextFactory<EngineDbContext> contexts, TimeProvider time)
{
    private const string Live = """ "DispatchedAt" IS NULL AND "DeadLetteredAt" IS NULL """;

    private const string Heads = $"""
        SELECT o."Id" FROM outbox o
        WHERE o."Kind" = '{OutboxMessage.StatusSync}' AND o."DispatchedAt" IS NULL AND o."DeadLetteredAt" IS NULL
          AND (o."LeaseUntil" IS NULL OR o."LeaseUntil" <= @now)
          AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p."DossierId" = o."DossierId" AND p."Kind" = '{OutboxMessage.StatusSync}'
                          AND p."Seq" < o."Seq" AND p."DispatchedAt" IS NULL AND p."DeadLetteredAt" IS NULL)
        ORDER BY o."Id" LIMIT @limit
        """;

    /// <summary>Claims up to <paramref name="limit"/> dossiers for <paramref name="lease"/>: each one's live versions, in version order, with their payloads.</summary>
    public async Task<IReadOnlyList<PortalMessage>> ClaimAsync(int limit, TimeSpan lease, CancellationToken ct) =>
        (await SettleAndClaimAsync([], limit, lease, ct)).Claimed;

    /// <summary>
    /// Records the ends of deliveries: acknowledged messages settled (payload dropped, earlier dead
    /// letters of the dossier superseded), dead letters marked, abandoned ones released. Returns how
    /// many acknowledgments were new (a message another node already settled is not counted twice).
    /// </summary>
    public async Task<int> RecordAsync(IReadOnlyCollection<DeliveryOutcome> outcomes, CancellationToken ct) =>
        outcomes.Count == 0 ? 0 : (await SettleAndClaimAsync(outcomes, 0, TimeSpan.Zero, ct)).Acknowledged;

    /// <summary>
    /// The dispatcher's turn in one write transaction — one commit and one wait for the store's
    /// write lock however many messages it moves: records <paramref name="outcomes"/> (as
    /// <see cref="RecordAsync"/>), then claims up to <paramref name="limit"/> dossier heads whose
    /// lease has ended, each with the later live versions of its dossier, so a dossier's backlog
    /// goes out in one claim, in order. On SQLite the heads are found before the transaction: a
    /// write statement holds the one write lock for the whole of its scan, and the writer needs it.
    /// </summary>
    public async Task<(int Acknowledged, IReadOnlyList<PortalMessage> Claimed)> SettleAndClaimAsync(
        IReadOnlyCollection<DeliveryOutcome> outcomes, int limit, TimeSpan lease, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        bool postgres = connection is NpgsqlConnection;
        List<long>? heads = null;
        if (!postgres && limit > 0)
        {
            heads = await ReadIdsAsync(connection, Heads, ct, ("@now", now), ("@limit", limit));
            if (heads.Count == 0 && outcomes.Count == 0)
                return (0, []);
        }
        int acknowledged;
        List<(long Id, long DossierId, int Seq, int Attempts)> claimed = [];
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            acknowledged = await SettleAsync(connection, transaction, outcomes, now, ct);
            if (limit > 0)
            {
                var until = now + (long)lease.TotalMilliseconds;
                claimed = await ClaimRowsAsync(connection, transaction, postgres
                    ? $"""UPDATE outbox SET "LeaseUntil" = @until WHERE "Id" IN ({Heads} FOR UPDATE SKIP LOCKED) RETURNING "Id", "DossierId", "Seq", "Attempts" """
                    : $"""UPDATE outbox SET "LeaseUntil" = @until WHERE "Id" IN (SELECT value FROM json_each(@heads)) AND {Live} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= @now) RETURNING "Id", "DossierId", "Seq", "Attempts" """,
                    ct, ("@now", now), ("@limit", limit), ("@until", until), ("@heads", heads is null ? null : JsonSerializer.Serialize(heads)));
                if (claimed.Count > 0)
                {
                    // The versions behind each head won: no one else can take them while the head is held (a version is claimable only as its dossier's head).
                    var dossiers = claimed.Select(c => c.DossierId).ToArray();
                    claimed.AddRange(await ClaimRowsAsync(connection, transaction, $"""
                        UPDATE outbox SET "LeaseUntil" = @until
                        WHERE "DossierId" {(postgres ? "= ANY(@dossiers)" : "IN (SELECT value FROM json_each(@dossiers))")}
                          AND "Kind" = '{OutboxMessage.StatusSync}' AND {Live} AND NOT ("Id" {(postgres ? "= ANY(@heads)" : "IN (SELECT value FROM json_each(@heads))")})
                        RETURNING "Id", "DossierId", "Seq", "Attempts"
                        """, ct, ("@until", until),
                        ("@dossiers", postgres ? dossiers : JsonSerializer.Serialize(dossiers)),
                        ("@heads", postgres ? claimed.Select(c => c.Id).ToArray() : JsonSerializer.Serialize(claimed.Select(c => c.Id)))));
                }
            }
            await transaction.CommitAsync(ct);
        }
        if (claimed.Count == 0)
            return (acknowledged, []);
        // Read after the commit: a claimed message's row and payload change only through its claimer.
        var ids = claimed.Select(c => c.DossierId).Distinct().ToList();
        var codes = await db.Set<Dossiers.Model.Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Code, ct);
        var messageIds = claimed.Select(c => c.Id).ToList();
        var payloads = await db.Set<OutboxPayload>().AsNoTracking().Where(p => messageIds.Contains(p.OutboxId))
            .ToDictionaryAsync(p => p.OutboxId, p => p.Payload, ct);
        // A live message always has its payload (both are written in one transaction, deleted in one): an empty body would be refused and dead-lettered, visibly.
        return (acknowledged, claimed.OrderBy(c => c.DossierId).ThenBy(c => c.Seq)
            .Select(c => new PortalMessage(c.Id, c.DossierId, c.Seq, codes[c.DossierId], c.Attempts, payloads.GetValueOrDefault(c.Id, []))).ToList());
    }

    /// <summary>
    /// Records outcomes in the order given (a dossier's versions in version order), one prepared
    /// statement per message; then, per dossier, its latest acknowledged version settles the earlier
    /// unsettled ones (superseding dead letters, among them those just recorded) and drops their payloads.
    /// </summary>
    private static async Task<int> SettleAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<DeliveryOutcome> outcomes, long now, CancellationToken ct)
    {
        if (outcomes.Count == 0)
            return 0;
        await using var ack = Command(connection, transaction, """
            UPDATE outbox SET "DispatchedAt" = @now, "LeaseUntil" = NULL, "NextAttemptAt" = NULL, "DeadLetteredAt" = NULL, "Attempts" = @attempts
            WHERE "Id" = @id AND "DispatchedAt" IS NULL
            """, [("@now", now), ("@attempts", 0), ("@id", 0L)]);
        await using var dead = Command(connection, transaction, """
            UPDATE outbox SET "DeadLetteredAt" = @now, "Attempts" = @attempts, "LastError" = @error, "NextAttemptAt" = NULL, "LeaseUntil" = NULL
            WHERE "Id" = @id AND "DispatchedAt" IS NULL
            """, [("@now", now), ("@attempts", 0), ("@error", null), ("@id", 0L)]);
        await using var release = Command(connection, transaction, $"""UPDATE outbox SET "LeaseUntil" = NULL WHERE "Id" = @id AND {Live}""", [("@id", 0L)]);
        int acknowledged = 0;
        var latest = new Dictionary<long, int>();
        foreach (var o in outcomes)
        {
            var m = o.Message;
            var command = o.Result switch { DeliveryResult.Acknowledged => ack, DeliveryResult.DeadLettered => dead, _ => release };
            command.Parameters["@id"].Value = m.Id;
            if (command != release)
                command.Parameters["@attempts"].Value = o.Attempts;
            if (command == dead)
                command.Parameters["@error"].Value = (object?)Clip(o.Error) ?? DBNull.Value;
            int changed = await command.ExecuteNonQueryAsync(ct);
            if (command == ack)
            {
                acknowledged += changed;
                latest[m.DossierId] = Math.Max(latest.GetValueOrDefault(m.DossierId), m.Seq);
            }
        }
        await using var supersede = Command(connection, transaction, $"""
            UPDATE outbox SET "DispatchedAt" = @now
            WHERE "DossierId" = @dossier AND "Kind" = '{OutboxMessage.StatusSync}' AND "Seq" < @seq AND "DispatchedAt" IS NULL
            """, [("@now", now), ("@dossier", 0L), ("@seq", 0)]);
        await using var drop = Command(connection, transaction, $"""
            DELETE FROM outbox_payloads WHERE "OutboxId" IN (
              SELECT "Id" FROM outbox WHERE "DossierId" = @dossier AND "Kind" = '{OutboxMessage.StatusSync}' AND "Seq" <= @seq)
            """, [("@dossier", 0L), ("@seq", 0)]);
        foreach (var (dossier, seq) in latest)
        {
            foreach (var command in new[] { supersede, drop })
            {
                (command.Parameters["@dossier"].Value, command.Parameters["@seq"].Value) = (dossier, seq);
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        return acknowledged;
    }

    private static async Task<List<(long Id, long DossierId, int Seq, int Attempts)>> ClaimRowsAsync(
        DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<(long, long, int, int)>();
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3)));
        return rows;
    }

    private static async Task<List<long>> ReadIdsAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var ids = new List<long>();
        await using var command = Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>Records a failed attempt that will be retried at <paramref name="nextAttemptAt"/>, and extends the lease past it.</summary>
    public async Task RecordRetryAsync(PortalMessage message, int attempts, string error, DateTimeOffset nextAttemptAt, TimeSpan lease, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        await ExecuteAsync(db.Database.GetDbConnection(), null, $"""
            UPDATE outbox SET "Attempts" = @attempts, "LastError" = @error, "NextAttemptAt" = @next, "LeaseUntil" = @until
            WHERE "Id" = @id AND {Live}
            """, ct, ("@attempts", attempts), ("@error", Clip(error)), ("@next", nextAttemptAt.ToUnixTimeMilliseconds()),
            ("@until", (nextAttemptAt + lease).ToUnixTimeMilliseconds()), ("@id", message.Id));
    }

    /// <summary>
    /// Puts dead letters back in the queue with a fresh attempt budget: one message, the dead letters
    /// of one dossier (by its code), or all of them when both are null. Returns how many were requeued.
    /// </summary>
    public async Task<int> RequeueAsync(long? messageId, string? dossierCode, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dead = DeadLetters(db);
        if (messageId is { } id)
            dead = dead.Where(o => o.Id == id);
        if (dossierCode is not null)
            dead = dead.Where(o => db.Set<Dossiers.Model.Dossier>().Any(d => d.Id == o.DossierId && d.Code == dossierCode));
        return await dead.ExecuteUpdateAsync(s => s
            .SetProperty(o => o.DeadLetteredAt, (DateTimeOffset?)null)
            .SetProperty(o => o.Attempts, 0)
            .SetProperty(o => o.NextAttemptAt, (DateTimeOffset?)null)
            .SetProperty(o => o.LeaseUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>The dead-letter list (danh sách gửi lỗi), oldest first, with each message's dossier code.</summary>
    public async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync(int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await DeadLetters(db).OrderBy(o => o.Id).Take(limit)
            .Join(db.Set<Dossiers.Model.Dossier>(), o => o.DossierId, d => d.Id,
                (o, d) => new DeadLetter(o.Id, d.Code, o.Seq, o.CreatedAt, o.Attempts, o.DeadLetteredAt!.Value, o.LastError))
            .ToListAsync(ct);
    }

    /// <summary>Dead-lettered status-sync messages not superseded since.</summary>
    private static IQueryable<OutboxMessage> DeadLetters(EngineDbContext db) =>
        db.Set<OutboxMessage>().Where(o => o.Kind == OutboxMessage.StatusSync && o.DeadLetteredAt != null && o.DispatchedAt == null);

    private static string? Clip(string? error) => error is { Length: > 1000 } ? error[..1000] : error;

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A command with the parameters its text names (the others are left out).</summary>
    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            if (sql.Contains(name, StringComparison.Ordinal))
                Add(command, name, value);
        }
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}

/// <summary>A message on the dead-letter list: which dossier version, how often it was tried, what the portal last said.</summary>
public sealed record DeadLetter(long Id, string DossierCode, int Seq, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset DeadLetteredAt, string? LastError);
