using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// One line of the monthly public list of units and officers who caused delays (danh sách đơn vị,
/// cá nhân để xảy ra trễ hạn): a unit of an agency, the officer who held the late steps (null when
/// nobody had taken them), how many steps went late and of how many dossiers.
/// </summary>
public sealed record DelayLine(string AgencyEId, string AgencyName, string UnitCode, string? Officer, string? OfficerName, int LateSteps, int Dossiers);

/// <summary>
/// Builds the delay list from the per-step records: a step is late when it was completed after its
/// due instant, or is still open past it at the end of the period; it counts in the period its due
/// instant falls in. Grouped in SQL by agency, unit and the officer who took it.
/// </summary>
public sealed class DelayReport(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation)
{
    public async Task<IReadOnlyList<DelayLine>> RunAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var tasks = db.Set<DossierTask>().AsNoTracking().Where(t => t.DueAt != null && t.DueAt >= from && t.DueAt < to
            && t.Status != OfficerTaskStatus.Cancelled
            && (t.CompletedAt == null || t.CompletedAt > t.DueAt));
        if (period.Scope.AgencyEIds is { } ids)
            tasks = tasks.Where(t => ids.Contains(t.AgencyEId));
        // As a subquery (see ServiceQualityQuery): grouped directly, SQLite walks the inbox index over every task.
        var rows = await tasks.Take(int.MaxValue)
            .GroupBy(t => new { t.AgencyEId, t.UnitCode, t.ReceivedBy, t.ReceivedByName })
            .Select(g => new { g.Key.AgencyEId, g.Key.UnitCode, g.Key.ReceivedBy, g.Key.ReceivedByName, Steps = g.Count(), Dossiers = g.Select(t => t.DossierId).Distinct().Count() })
            .ToListAsync(ct);
        return rows
            .Select(r => new DelayLine(r.AgencyEId, organisation.FindAgency(r.AgencyEId)?.Name ?? r.AgencyEId, r.UnitCode, r.ReceivedBy, r.ReceivedByName, r.Steps, r.Dossiers))
            .OrderByDescending(l => l.LateSteps).ThenBy(l => l.AgencyEId, StringComparer.Ordinal).ThenBy(l => l.UnitCode, StringComparer.Ordinal)
            .ThenBy(l => l.Officer, StringComparer.Ordinal).ToList();
    }
}
