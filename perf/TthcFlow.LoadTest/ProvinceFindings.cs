using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.LoadTest;

/// <summary>Overdue dossiers (result not returned by the appointment) and apologies of one competent agency (cơ quan có thẩm quyền giải quyết).</summary>
public sealed record UnitFigures(string AgencyEId, string Name, int Dossiers, int Finished, int Overdue, int Apologies);

/// <summary>
/// What the store says at the end of the replay — a dossier is finished when its result is returned
/// (trả kết quả, status 10) and on time when that happened by its original appointment — and the invariants: every dossier finished or
/// legitimately open (a live step, a supplement awaited, the clock paused, a timer pending), every dossier past its
/// due date in force has its apology (văn bản xin lỗi), every version of every dossier has its
/// status-sync outbox message with the dossier's status — and, when the replay ran the portal
/// dispatcher, every one of them is settled and the portal accepted each version once, in order,
/// ending with the dossier's status — and nothing the harness filed is missing.
/// </summary>
public sealed record ProvinceFindings(
    int Dossiers, int Finished, int OnTime, int Overdue, int Apologies, int ApologiesIssued, long Transitions, long StoreRows,
    int LostDossiers, int OverdueWithoutApology, int MissingOutbox, int MissingFilings, IReadOnlyList<UnitFigures> Units, IReadOnlyList<string> Violations)
{
    public double OnTimeRate => Finished == 0 ? 1 : (double)OnTime / Finished;
    public bool Hold => Violations.Count == 0;

    public static async Task<ProvinceFindings> ReadAsync(IDbContextFactory<EngineDbContext> contexts, int submitted, DateTimeOffset now,
        TthcFlow.Definitions.Organisation.OrganisationModel organisation, InProcessPortal? portal = null)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var dossiers = await db.Set<Dossier>().AsNoTracking().Select(d => new
        {
            d.Id, d.Code, d.Status, d.SubState, d.Version, d.AppointmentAt, d.WorkingDueAt, d.ReturnedAt, d.CompetentAgencyEId,
        }).ToListAsync();
        var activeTasks = (await db.Set<DossierTask>().AsNoTracking()
            .Where(t => t.Status == OfficerTaskStatus.Open || t.Status == OfficerTaskStatus.Claimed).Select(t => t.DossierId).ToListAsync()).ToHashSet();
        var pausedClocks = (await db.Set<ClockPause>().AsNoTracking().Where(p => p.EndedAt == null).Select(p => p.DossierId).ToListAsync()).ToHashSet();
        var pendingTimers = (await db.Set<DossierTimer>().AsNoTracking().Select(t => t.DossierId).ToListAsync()).ToHashSet();
        var apologies = await db.Set<Apology>().AsNoTracking().Select(a => new { a.DossierId, a.AgencyEId, a.Status }).ToListAsync();
        var withApology = apologies.Select(a => a.DossierId).ToHashSet();
        var outbox = (await db.Set<OutboxMessage>().AsNoTracking().Where(o => o.Kind == OutboxMessage.StatusSync)
            .GroupBy(o => o.DossierId).Select(g => new { Id = g.Key, Count = g.Count(), Last = g.Max(o => o.Seq), Unsettled = g.Count(o => o.DispatchedAt == null) })
            .ToListAsync())
            .ToDictionary(o => o.Id);
        long transitions = await db.Set<AuditRecord>().LongCountAsync();
        long rows = transitions + await db.Set<OutboxMessage>().LongCountAsync() + dossiers.Count
            + await db.Set<DossierTask>().LongCountAsync() + apologies.Count;

        var violations = new List<string>();
        int lost = 0, overdueWithout = 0, missingOutbox = 0, finished = 0, onTime = 0, overdue = 0;
        var lastStatus = await LatestStatusesAsync(db);
        foreach (var d in dossiers)
        {
            bool closed = d.Status is NationalStatus.Returned or NationalStatus.NotReceived or NationalStatus.Withdrawn or NationalStatus.Stopped;
            bool paused = d.Status == NationalStatus.WaitingForSupplement || d.SubState == DossierSubState.SupplementPause || pausedClocks.Contains(d.Id);
            if (!closed && !paused && !activeTasks.Contains(d.Id) && !pendingTimers.Contains(d.Id))
                Violate(violations, ref lost, $"{d.Code}: open in status {d.Status} with no live step, no supplement awaited and no timer");
            if (d.ReturnedAt is { } done)
            {
                finished++;
                if (d.AppointmentAt is null || done <= d.AppointmentAt)
                    onTime++;
            }
            var end = d.ReturnedAt ?? (closed ? null : now);
            if (d.AppointmentAt is { } appointment && end > appointment)
                overdue++;
            if (!paused && d.WorkingDueAt is { } due && end > due && !withApology.Contains(d.Id))
                Violate(violations, ref overdueWithout, $"{d.Code}: past its due date {due:O} without an apology");
            if (!outbox.TryGetValue(d.Id, out var o) || o.Count != d.Version || o.Last != d.Version
                || lastStatus.TryGetValue(d.Id, out int reported) && reported != (int)d.Status)
                Violate(violations, ref missingOutbox, $"{d.Code}: {o?.Count ?? 0} status messages for {d.Version} versions (last status {lastStatus.GetValueOrDefault(d.Id)}, dossier {(int)d.Status})");
            else if (portal is not null && (o.Unsettled > 0 || portal.Holds(d.Code) != (d.Version, (int)d.Status, false)))
                Violate(violations, ref missingOutbox, $"{d.Code}: {o.Unsettled} of {d.Version} status messages unsettled; the portal holds {portal.Holds(d.Code)?.ToString() ?? "nothing"}, dossier status {(int)d.Status}");
        }
        int missingFilings = Math.Max(0, submitted - dossiers.Count);
        if (missingFilings > 0)
            violations.Add($"{missingFilings} accepted filings are not in the store");
        var units = dossiers.GroupBy(d => d.CompetentAgencyEId).Select(g => new UnitFigures(g.Key, organisation.FindAgency(g.Key)?.Name ?? g.Key, g.Count(),
                g.Count(d => d.ReturnedAt is not null), g.Count(d => d.AppointmentAt is { } a && (d.ReturnedAt ?? now) > a),
                apologies.Count(a => a.AgencyEId == g.Key)))
            .OrderByDescending(u => u.Overdue).ThenByDescending(u => u.Dossiers).ToList();
        return new ProvinceFindings(dossiers.Count, finished, onTime, overdue, apologies.Count, apologies.Count(a => a.Status == ApologyStatus.Issued),
            transitions, rows, lost, overdueWithout, missingOutbox, missingFilings, units, violations);
    }

    private static void Violate(List<string> violations, ref int counter, string message)
    {
        counter++;
        if (violations.Count < 50)
            violations.Add(message);
    }

    /// <summary>The status reported by each dossier's latest status-sync message, where its payload is still kept (not yet acknowledged).</summary>
    private static async Task<Dictionary<long, int>> LatestStatusesAsync(EngineDbContext db)
    {
        var latest = new Dictionary<long, int>();
        var kept = from p in db.Set<OutboxPayload>()
                   join o in db.Set<OutboxMessage>() on p.OutboxId equals o.Id
                   join d in db.Set<Dossier>() on o.DossierId equals d.Id
                   where o.Kind == OutboxMessage.StatusSync && o.Seq == d.Version
                   select new { o.DossierId, p.Payload };
        await foreach (var o in kept.AsNoTracking().AsAsyncEnumerable())
        {
            using var json = JsonDocument.Parse(o.Payload);
            latest[o.DossierId] = json.RootElement.GetProperty("status").GetInt32();
        }
        return latest;
    }
}
