using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Portal;

/// <summary>One competent agency's (or the scope's total) status-sync messages created in the period, by where they stand now.</summary>
public sealed record PortalSyncRow(string? AgencyEId, string Name, int Created, int Acknowledged, int Superseded, int Pending, int Retrying,
    int DeadLettered, DateTimeOffset? OldestPendingAt, TimeSpan? OldestPendingAge, int DossiersBehind);

/// <summary>A dossier whose latest status the portal does not have yet.</summary>
public sealed record DossierBehind(string Code, string AgencyEId, int Version, DateTimeOffset LatestCreatedAt, bool DeadLettered, string? LastError);

/// <summary>Đối soát đồng bộ Cổng DVC quốc gia — the reconciliation report of the status sync.</summary>
public sealed record PortalSyncReconciliation(DateTimeOffset From, DateTimeOffset To, DateTimeOffset AsOf, string ScopeName,
    PortalSyncRow Total, IReadOnlyList<PortalSyncRow> Agencies, IReadOnlyList<DossierBehind> Behind);

/// <summary>
/// Computes <see cref="PortalSyncReconciliation"/>: per competent agency of the scope, the status
/// messages created in the period — acknowledged, superseded, pending (of which retrying after a
/// failed attempt), dead-lettered — the age of the oldest pending one, and the dossiers whose latest
/// version is not settled (the portal shows an older status), listed oldest first (at most
/// <see cref="MaxListed"/>). Where a message stands follows <see cref="PortalSyncRule"/>.
/// </summary>
public sealed class PortalSyncReport(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation, TimeProvider time)
{
    /// <summary>The longest list of dossiers behind.</summary>
    public const int MaxListed = 200;

    private static readonly string Counts = $"""
        SELECT d."CompetentAgencyEId" AS "Agency",
          CAST(COUNT(*) AS INTEGER) AS "Created",
          CAST(SUM(CASE WHEN {PortalSyncRule.AcknowledgedSql("o")} THEN 1 ELSE 0 END) AS INTEGER) AS "Acknowledged",
          CAST(SUM(CASE WHEN {PortalSyncRule.SupersededSql("o")} THEN 1 ELSE 0 END) AS INTEGER) AS "Superseded",
          CAST(SUM(CASE WHEN {PortalSyncRule.PendingSql("o")} THEN 1 ELSE 0 END) AS INTEGER) AS "Pending",
          CAST(SUM(CASE WHEN {PortalSyncRule.PendingSql("o")} AND o."Attempts" > 0 THEN 1 ELSE 0 END) AS INTEGER) AS "Retrying",
          CAST(SUM(CASE WHEN {PortalSyncRule.DeadLetteredSql("o")} THEN 1 ELSE 0 END) AS INTEGER) AS "DeadLettered",
          MIN(CASE WHEN {PortalSyncRule.PendingSql("o")} THEN o."CreatedAt" END) AS "OldestPending",
          CAST(SUM(CASE WHEN o."Seq" = d."Version" AND {PortalSyncRule.UnsettledSql("o")} THEN 1 ELSE 0 END) AS INTEGER) AS "Behind"
        FROM outbox o JOIN dossiers d ON d."Id" = o."DossierId"
        WHERE o."Kind" = '{OutboxMessage.StatusSync}' AND o."CreatedAt" >= {"{0}"} AND o."CreatedAt" < {"{1}"}
        """;

    public async Task<PortalSyncReconciliation> RunAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (scopeSql, parameters) = ScopeFilter(period);
        string countsSql = Counts + scopeSql + "\nGROUP BY d.\"CompetentAgencyEId\"";
        var counts = await db.Database.SqlQueryRaw<CountRow>(countsSql, [.. parameters]).ToListAsync(ct);
        var rows = counts.Select(c => Row(c.Agency, organisation.FindAgency(c.Agency)?.Name ?? c.Agency, [c], now))
            .OrderByDescending(r => r.DossiersBehind).ThenBy(r => r.AgencyEId, StringComparer.Ordinal).ToList();
        var total = Row(null, period.Scope.Name, counts, now);

        string behindSql = $"""
            SELECT d."Code" AS "Code", d."CompetentAgencyEId" AS "Agency", o."Seq" AS "Seq", o."CreatedAt" AS "CreatedAt",
              o."DeadLetteredAt" AS "DeadLetteredAt", o."LastError" AS "LastError"
            FROM outbox o JOIN dossiers d ON d."Id" = o."DossierId"
            WHERE o."Kind" = '{OutboxMessage.StatusSync}' AND o."CreatedAt" >= {"{0}"} AND o."CreatedAt" < {"{1}"}
              AND o."Seq" = d."Version" AND {PortalSyncRule.UnsettledSql("o")}{scopeSql}
            ORDER BY o."CreatedAt", o."Id"
            LIMIT {MaxListed}
            """;
        var behind = await db.Database.SqlQueryRaw<BehindRow>(behindSql, [.. parameters]).ToListAsync(ct);
        return new PortalSyncReconciliation(period.From, period.To, now, period.Scope.Name, total, rows,
            behind.Select(b => new DossierBehind(b.Code, b.Agency, b.Seq, Instant(b.CreatedAt), b.DeadLetteredAt is not null, b.LastError)).ToList());
    }

    private static (string Sql, List<object> Parameters) ScopeFilter(ReportPeriod period)
    {
        var parameters = new List<object> { period.From.ToUnixTimeMilliseconds(), period.To.ToUnixTimeMilliseconds() };
        if (period.Scope.AgencyEIds is not { } ids)
            return ("", parameters);
        if (ids.Count == 0)
            return ("\n  AND 1 = 0", parameters);
        parameters.AddRange(ids);
        var placeholders = ids.Select((_, i) => "{" + (i + 2).ToString(CultureInfo.InvariantCulture) + "}");
        return ($"\n  AND d.\"CompetentAgencyEId\" IN ({string.Join(", ", placeholders)})", parameters);
    }

    private static PortalSyncRow Row(string? agency, string name, IReadOnlyCollection<CountRow> counts, DateTimeOffset now)
    {
        long? oldest = counts.Min(c => c.OldestPending);
        var oldestAt = oldest is { } ms ? Instant(ms) : (DateTimeOffset?)null;
        return new PortalSyncRow(agency, name, counts.Sum(c => c.Created), counts.Sum(c => c.Acknowledged), counts.Sum(c => c.Superseded),
            counts.Sum(c => c.Pending), counts.Sum(c => c.Retrying), counts.Sum(c => c.DeadLettered), oldestAt,
            oldestAt is { } at ? now - at : null, counts.Sum(c => c.Behind));
    }

    private static DateTimeOffset Instant(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private sealed class CountRow
    {
        public string Agency { get; set; } = "";
        public int Created { get; set; }
        public int Acknowledged { get; set; }
        public int Superseded { get; set; }
        public int Pending { get; set; }
        public int Retrying { get; set; }
        public int DeadLettered { get; set; }
        public long? OldestPending { get; set; }
        public int Behind { get; set; }
    }

    private sealed class BehindRow
    {
        public string Code { get; set; } = "";
        public string Agency { get; set; } = "";
        public int Seq { get; set; }
        public long CreatedAt { get; set; }
        public long? DeadLetteredAt { get; set; }
        public string? LastError { get; set; }
    }
}
