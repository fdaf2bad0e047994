using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// The dossier figures of <see cref="ServiceQuality"/> in one pass over the period's dossiers (received
/// before its end, not ended before its start): one SQL statement of conditional sums, the apology,
/// document, fee and outbox checks (a dossier is synced per <see cref="PortalSyncRule"/>) as correlated EXISTS on their dossier indexes. Written in SQL that
/// SQLite and PostgreSQL both accept; instants are the stored Unix milliseconds.
/// </summary>
internal static class DossierFiguresSql
{
    /// <summary>The sums, one per figure (column names as in the statement).</summary>
    internal sealed class Figures
    {
        public int Received { get; set; }
        public int Resolved { get; set; }
        public int ResolvedOnTime { get; set; }
        public int Pending { get; set; }
        public int PendingOnTime { get; set; }
        public int LateWithApology { get; set; }
        public int Explanations { get; set; }
        public int Online { get; set; }
        public int Digitised { get; set; }
        public int Reused { get; set; }
        public int WithFees { get; set; }
        public int PaidOnline { get; set; }
        public int ElectronicResults { get; set; }
        public int Rated { get; set; }
        public int Complaints { get; set; }
        public int InPeriod { get; set; }
        public int Synced { get; set; }
    }

    // x.e: end (processed, returned, stopped); x.r: received; x.a: appointment; x.s: supplement requests.
    private const string Late = "(x.s > 1 OR (x.e IS NOT NULL AND x.e < {1} AND NOT (x.e <= x.a)) OR ((x.e IS NULL OR x.e >= {1}) AND NOT ({1} <= x.a)))";
    private const string Resolved = "(x.e IS NOT NULL AND x.e < {1})";
    private const string Pending = "(x.e IS NULL OR x.e >= {1})";
    private const string ReceivedIn = "(x.r >= {0})";

    private static readonly string Select = $"""
        SELECT
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Received",
          CAST(COALESCE(SUM(CASE WHEN {Resolved} THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Resolved",
          CAST(COALESCE(SUM(CASE WHEN {Resolved} AND x.e <= x.a AND x.s <= 1 THEN 1 ELSE 0 END), 0) AS INTEGER) AS "ResolvedOnTime",
          CAST(COALESCE(SUM(CASE WHEN {Pending} THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Pending",
          CAST(COALESCE(SUM(CASE WHEN {Pending} AND {"{1}"} <= x.a AND x.s <= 1 THEN 1 ELSE 0 END), 0) AS INTEGER) AS "PendingOnTime",
          CAST(COALESCE(SUM(CASE WHEN {Late} AND x.issued THEN 1 ELSE 0 END), 0) AS INTEGER) AS "LateWithApology",
          CAST(COALESCE(SUM(CASE WHEN {Late} AND x.explained THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Explanations",
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} AND x.channel = 2 THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Online",
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} AND x.has_documents AND NOT x.has_paper THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Digitised",
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} AND x.reused THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Reused",
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} AND x.has_fees THEN 1 ELSE 0 END), 0) AS INTEGER) AS "WithFees",
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} AND x.has_fees AND x.paid_online THEN 1 ELSE 0 END), 0) AS INTEGER) AS "PaidOnline",
          CAST(COALESCE(SUM(CASE WHEN {Resolved} AND x.result_form = 1 THEN 1 ELSE 0 END), 0) AS INTEGER) AS "ElectronicResults",
          CAST(COALESCE(SUM(CASE WHEN {Resolved} AND x.rating IS NOT NULL THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Rated",
          CAST(COALESCE(SUM(CASE WHEN {Resolved} AND x.rating = 1 THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Complaints",
          CAST(COALESCE(SUM(CASE WHEN {ReceivedIn} OR {Resolved} THEN 1 ELSE 0 END), 0) AS INTEGER) AS "InPeriod",
          CAST(COALESCE(SUM(CASE WHEN ({ReceivedIn} OR {Resolved}) AND NOT x.unsent THEN 1 ELSE 0 END), 0) AS INTEGER) AS "Synced"
        FROM (
          SELECT d."ReceivedAt" AS r, COALESCE(d."FinishedAt", d."ReturnedAt", d."EndedAt") AS e, d."AppointmentAt" AS a, d."SupplementCount" AS s,
            d."Channel" AS channel, d."PaidOnline" AS paid_online, d."ResultForm" AS result_form, d."SatisfactionRating" AS rating,
            EXISTS (SELECT 1 FROM apologies p WHERE p."DossierId" = d."Id" AND p."Status" = 2) AS issued,
            EXISTS (SELECT 1 FROM apologies p WHERE p."DossierId" = d."Id" AND p."Status" = 2 AND p."Explanation" IS NOT NULL AND p."Explanation" <> '') AS explained,
            EXISTS (SELECT 1 FROM dossier_documents m WHERE m."DossierId" = d."Id" AND m."Kind" = 1) AS has_documents,
            EXISTS (SELECT 1 FROM dossier_documents m WHERE m."DossierId" = d."Id" AND m."Kind" = 1 AND NOT m."Digitised") AS has_paper,
            EXISTS (SELECT 1 FROM dossier_documents m WHERE m."DossierId" = d."Id" AND m."Kind" = 1 AND m."Reused") AS reused,
            EXISTS (SELECT 1 FROM dossier_fees f WHERE f."DossierId" = d."Id") AS has_fees,
            EXISTS (SELECT 1 FROM outbox o WHERE o."DossierId" = d."Id" AND o."Kind" = 'StatusSync' AND {PortalSyncRule.UnsettledSql("o")} AND o."CreatedAt" < {"{1}"}) AS unsent
          FROM dossiers d
          WHERE d."ReceivedAt" IS NOT NULL AND d."ReceivedAt" < {"{1}"}
            AND (COALESCE(d."FinishedAt", d."ReturnedAt", d."EndedAt") IS NULL OR COALESCE(d."FinishedAt", d."ReturnedAt", d."EndedAt") >= {"{0}"})
        """;

    /// <summary>
    /// The figures of the period's dossiers in scope: of the procedures in <paramref name="codes"/> when
    /// <paramref name="onlyCodes"/> is true, else of every procedure but those.
    /// </summary>
    public static async Task<Figures> RunAsync(EngineDbContext db, ReportPeriod period, IReadOnlyCollection<string> codes, bool onlyCodes, CancellationToken ct)
    {
        if (onlyCodes && codes.Count == 0)
            return new Figures();
        var parameters = new List<object> { period.From.ToUnixTimeMilliseconds(), period.To.ToUnixTimeMilliseconds() };
        string sql = Select;
        if (period.Scope.AgencyEIds is { } ids)
        {
            if (ids.Count == 0)
                return new Figures();
            sql += $"\n    AND d.\"CompetentAgencyEId\" IN ({Placeholders(parameters, ids)})";
        }
        if (codes.Count > 0)
        {
            string list = Placeholders(parameters, codes);
            sql += onlyCodes
                ? $"\n    AND d.\"ProcedureCode\" IN ({list})"
                : $"\n    AND (d.\"ProcedureCode\" IS NULL OR d.\"ProcedureCode\" NOT IN ({list}))";
        }
        sql += "\n) x";
        return (await db.Database.SqlQueryRaw<Figures>(sql, [.. parameters]).ToListAsync(ct)).Single();
    }

    /// <summary>Adds <paramref name="values"/> to the parameters and returns their placeholders.</summary>
    private static string Placeholders(List<object> parameters, IEnumerable<string> values)
    {
        var names = new List<string>();
        foreach (var value in values)
        {
            names.Add("{" + parameters.Count.ToString(CultureInfo.InvariantCulture) + "}");
            parameters.Add(value);
        }
        return string.Join(", ", names);
    }
}
