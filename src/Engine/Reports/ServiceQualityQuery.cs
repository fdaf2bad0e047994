using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// Computes <see cref="ServiceQuality"/> with SQL aggregates (a handful of COUNT queries over the
/// dossier indexes), never loading dossiers. A dossier belongs to a scope by its competent body
/// (cơ quan có thẩm quyền); the location-independent share counts by the receiving desk.
/// End of a dossier = first of processed, returned, stopped/withdrawn; on time ⇔ end ≤ appointment
/// (the appointment as moved by supplement pauses, never by an apology) and at most one supplement
/// request; an unfinished dossier is judged at the end of the period.
/// </summary>
public sealed class ServiceQualityQuery(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation, Index766Thresholds thresholds)
{
    public async Task<ServiceQuality> RunAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var scoped = InScope(db.Set<Dossier>().AsNoTracking(), period.Scope);

        // Dossiers received before the end of the period and not ended before its start.
        var relevant = scoped.Where(d => d.ReceivedAt != null && d.ReceivedAt < to
            && ((d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) == null || (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) >= from));

        var counts = await relevant.GroupBy(_ => 1).Select(g => new
        {
            Received = g.Count(d => d.ReceivedAt >= from),
            Resolved = g.Count(d => (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to),
            ResolvedOnTime = g.Count(d => (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to
                && (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) <= d.AppointmentAt && d.SupplementCount <= 1),
            Pending = g.Count(d => (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) == null || (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) >= to),
            PendingOnTime = g.Count(d => ((d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) == null || (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) >= to)
                && to <= d.AppointmentAt && d.SupplementCount <= 1),
            Online = g.Count(d => d.ReceivedAt >= from && d.Channel == SubmissionChannel.Online),
            ElectronicResults = g.Count(d => (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to && d.ResultForm == ResultForm.Electronic),
            Rated = g.Count(d => (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to && d.SatisfactionRating != null),
            Complaints = g.Count(d => (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to && d.SatisfactionRating == 1),
        }).FirstOrDefaultAsync(ct);

        var late = relevant.Where(d => d.SupplementCount > 1
            || ((d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to
                ? !((d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) <= d.AppointmentAt)
                : !(to <= d.AppointmentAt)));
        var issued = db.Set<Apology>().Where(a => a.Status == ApologyStatus.Issued);
        int lateWithApology = await late.CountAsync(d => issued.Any(a => a.DossierId == d.Id), ct);
        int explanations = await late.CountAsync(d => issued.Any(a => a.DossierId == d.Id && a.Explanation != null && a.Explanation != ""), ct);

        var receivedInPeriod = relevant.Where(d => d.ReceivedAt >= from);
        var documents = db.Set<DossierDocument>().Where(x => x.Kind == DocumentKind.Submitted);
        int digitised = await receivedInPeriod.CountAsync(d => documents.Any(x => x.DossierId == d.Id)
            && !documents.Any(x => x.DossierId == d.Id && !x.Digitised), ct);
        int reused = await receivedInPeriod.CountAsync(d => documents.Any(x => x.DossierId == d.Id && x.Reused), ct);
        var fees = db.Set<DossierFee>();
        int withFees = await receivedInPeriod.CountAsync(d => fees.Any(f => f.DossierId == d.Id), ct);
        int paidOnline = await receivedInPeriod.CountAsync(d => d.PaidOnline && fees.Any(f => f.DossierId == d.Id), ct);

        var atDesks = db.Set<Dossier>().AsNoTracking().Where(d => d.ReceivedAt >= from && d.ReceivedAt < to);
        if (period.Scope.AgencyEIds is { } desks)
            atDesks = atDesks.Where(d => desks.Contains(d.ReceivingAgencyEId));
        var pairs = await atDesks.GroupBy(d => new { d.ReceivingAgencyEId, d.CompetentAgencyEId })
            .Select(g => new { g.Key.ReceivingAgencyEId, g.Key.CompetentAgencyEId, Count = g.Count() }).ToListAsync(ct);
        int receivedAtDesks = pairs.Sum(p => p.Count);
        int locationIndependent = pairs.Where(p => IsLocationIndependent(p.ReceivingAgencyEId, p.CompetentAgencyEId)).Sum(p => p.Count);

        var outbox = db.Set<OutboxMessage>().AsNoTracking().Where(o => o.Kind == OutboxMessage.StatusSync && o.CreatedAt >= from && o.CreatedAt < to);
        var syncScoped = outbox.Where(o => scoped.Any(d => d.Id == o.DossierId));
        var sync = await syncScoped.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Sent = g.Count(o => o.DispatchedAt != null),
            Retrying = g.Count(o => o.DispatchedAt == null && o.Attempts > 0),
        }).FirstOrDefaultAsync(ct);
        var inPeriod = relevant.Where(d => d.ReceivedAt >= from || (d.FinishedAt ?? d.ReturnedAt ?? d.EndedAt) < to);
        int dossiersInPeriod = await inPeriod.CountAsync(ct);
        var unsent = db.Set<OutboxMessage>().Where(o => o.Kind == OutboxMessage.StatusSync && o.DispatchedAt == null && o.CreatedAt < to);
        int synced = await inPeriod.CountAsync(d => !unsent.Any(o => o.DossierId == d.Id), ct);

        int resolved = counts?.Resolved ?? 0, pending = counts?.Pending ?? 0;
        int onTime = (counts?.ResolvedOnTime ?? 0) + (counts?.PendingOnTime ?? 0);
        var quality = new ServiceQuality
        {
            From = from, To = to, ScopeName = period.Scope.Name,
            Received = counts?.Received ?? 0,
            Resolved = resolved, ResolvedOnTime = counts?.ResolvedOnTime ?? 0, ResolvedLate = resolved - (counts?.ResolvedOnTime ?? 0),
            Pending = pending, PendingOnTime = counts?.PendingOnTime ?? 0, PendingOverdue = pending - (counts?.PendingOnTime ?? 0),
            OnTimeRate = ServiceQuality.Share(onTime, resolved + pending),
            LateWithApology = lateWithApology, ExplanationReports = explanations,
            Online = counts?.Online ?? 0, Digitised = digitised, Reused = reused, WithFees = withFees, PaidOnline = paidOnline,
            ReceivedAtDesks = receivedAtDesks, LocationIndependent = locationIndependent,
            ElectronicResults = counts?.ElectronicResults ?? 0, Rated = counts?.Rated ?? 0, Complaints = counts?.Complaints ?? 0,
            SyncMessages = sync?.Total ?? 0, SyncSent = sync?.Sent ?? 0, SyncRetrying = sync?.Retrying ?? 0,
            SyncedDossiers = synced, DossiersInPeriod = dossiersInPeriod,
        };
        return quality with { Index = Index766.Of(quality, thresholds) };
    }

    /// <summary>
    /// Không phụ thuộc địa giới hành chính: received by a desk that is neither the competent body nor
    /// the service centre that receives for it (another commune's centre, the province centre for a commune).
    /// </summary>
    public bool IsLocationIndependent(string receivingEId, string competentEId) =>
        receivingEId != competentEId && organisation.FindAgency(competentEId)?.ServiceCentreEId != receivingEId;

    /// <summary>The dossiers whose competent body is in the scope.</summary>
    public static IQueryable<Dossier> InScope(IQueryable<Dossier> dossiers, ReportScope scope) =>
        scope.AgencyEIds is { } ids ? dossiers.Where(d => ids.Contains(d.CompetentAgencyEId)) : dossiers;
}
