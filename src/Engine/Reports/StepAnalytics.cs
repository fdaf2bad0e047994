using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// Rà soát, đơn giản hóa — one step of one procedure over the period: how often it ran, its
/// allotment, the actual working time (median and 90th percentile) from hand-over to completion,
/// the wait in the inbox before an officer took it (where dossiers wait), and how often it sent
/// the dossier back.
/// </summary>
public sealed record StepFigures(
    string DefinitionId, string? ProcedureName, string ActivityId, string? Title, int Completed, double AllottedHours,
    double MedianHours, double P90Hours, double MedianWaitHours, int OverAllotment, int SentBack)
{
    public double SendBackRate => Completed == 0 ? 0 : SentBack / (double)Completed;
}

/// <summary>One procedure over the period: dossiers received and how many were asked to supplement (at receipt or during processing).</summary>
public sealed record ProcedureFigures(string DefinitionId, string? ProcedureName, int Received, int WithSupplementRequest)
{
    public double SupplementRate => Received == 0 ? 0 : WithSupplementRequest / (double)Received;
}

/// <summary>Both halves of the review analytics.</summary>
public sealed record ReviewAnalytics(IReadOnlyList<ProcedureFigures> Procedures, IReadOnlyList<StepFigures> Steps);

/// <summary>
/// Computes the review analytics. Per procedure: SQL counts. Per step: the steps completed in the
/// period are read as six columns each (not whole rows) and their working time is measured with the
/// working calendar (<see cref="WorkingCalendar.WorkingTimeBetween"/>), since office hours and holidays
/// cannot be done in SQL. The outcome <c>SentBack</c> marks a send-back (trả lại).
/// </summary>
public sealed class StepAnalytics(IDbContextFactory<EngineDbContext> contexts, WorkingCalendar calendar)
{
    /// <summary>The outcome port by which a step returns the dossier to an earlier step.</summary>
    public const string SentBackOutcome = "SentBack";

    public async Task<ReviewAnalytics> RunAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dossiers = ServiceQualityQuery.InScope(db.Set<Dossier>().AsNoTracking(), period.Scope);

        var supplements = db.Set<SupplementRequest>();
        var procedures = await dossiers.Where(d => d.ReceivedAt >= from && d.ReceivedAt < to)
            .GroupBy(d => new { d.DefinitionId, d.ProcedureName })
            .Select(g => new ProcedureFigures(g.Key.DefinitionId, g.Key.ProcedureName, g.Count(),
                g.Count(d => d.SupplementCount > 0 || supplements.Any(s => s.DossierId == d.Id))))
            .ToListAsync(ct);

        var tasks = db.Set<DossierTask>().AsNoTracking()
            .Where(t => t.Status == OfficerTaskStatus.Completed && t.CompletedAt >= from && t.CompletedAt < to);
        if (period.Scope.AgencyEIds is { } ids)
            tasks = tasks.Where(t => ids.Contains(t.AgencyEId));
        var rows = await tasks.Join(db.Set<Dossier>(), t => t.DossierId, d => d.Id, (t, d) => new
            {
                d.DefinitionId, d.ProcedureName, t.ActivityId, t.Title, t.AllotmentHours, t.OpenedAt, t.ReceivedAt, t.CompletedAt, t.Outcome,
            })
            .ToListAsync(ct);
        var steps = rows.GroupBy(r => (r.DefinitionId, r.ActivityId)).Select(g =>
        {
            var hours = g.Select(r => calendar.WorkingTimeBetween(r.OpenedAt, r.CompletedAt!.Value).TotalHours).Order().ToArray();
            var waits = g.Select(r => calendar.WorkingTimeBetween(r.OpenedAt, r.ReceivedAt ?? r.CompletedAt!.Value).TotalHours).Order().ToArray();
            var allotted = g.Max(r => r.AllotmentHours);
            var first = g.First();
            return new StepFigures(first.DefinitionId, first.ProcedureName, first.ActivityId, first.Title, hours.Length, allotted,
                Percentile(hours, 0.5), Percentile(hours, 0.9), Percentile(waits, 0.5),
                allotted > 0 ? hours.Count(h => h > allotted) : 0, g.Count(r => r.Outcome == SentBackOutcome));
        }).OrderBy(s => s.DefinitionId, StringComparer.Ordinal).ThenByDescending(s => s.MedianHours).ThenBy(s => s.ActivityId, StringComparer.Ordinal).ToList();
        return new ReviewAnalytics(procedures.OrderBy(p => p.DefinitionId, StringComparer.Ordinal).ToList(), steps);
    }

    /// <summary>The nearest-rank percentile of sorted values (p in (0, 1]); 0 for none.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
            return 0;
        int rank = (int)Math.Ceiling(p * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank, 1, sorted.Count) - 1], 2);
    }
}
