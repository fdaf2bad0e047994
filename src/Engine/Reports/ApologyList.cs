using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Reports;

/// <summary>One apology of the period's list (danh sách văn bản xin lỗi): owed or issued, with the explanation report if written.</summary>
public sealed record ApologyLine(
    string DossierCode, string? ProcedureName, string AgencyName, string UnitCode, ApologyStatus Status, DateTimeOffset OwedAt,
    string? Number, DateTimeOffset? IssuedAt, DateTimeOffset? OriginalAppointmentAt, DateTimeOffset? NewReturnAt, string? Reason, bool HasExplanation);

/// <summary>The apologies opened in the period by units of the scope, oldest first.</summary>
public sealed class ApologyList(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation)
{
    public async Task<IReadOnlyList<ApologyLine>> RunAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var apologies = db.Set<Apology>().AsNoTracking().Where(a => a.OwedAt >= from && a.OwedAt < to);
        if (period.Scope.AgencyEIds is { } ids)
            apologies = apologies.Where(a => ids.Contains(a.AgencyEId));
        var rows = await apologies.Join(db.Set<Dossier>(), a => a.DossierId, d => d.Id, (a, d) => new { A = a, d.Code, d.ProcedureName })
            .OrderBy(x => x.A.OwedAt).ThenBy(x => x.A.Id).ToListAsync(ct);
        return rows.Select(x => new ApologyLine(x.Code, x.ProcedureName, organisation.FindAgency(x.A.AgencyEId)?.Name ?? x.A.AgencyEId, x.A.UnitCode,
            x.A.Status, x.A.OwedAt, x.A.Number, x.A.IssuedAt, x.A.OriginalAppointmentAt, x.A.NewReturnAt, x.A.Reason,
            !string.IsNullOrWhiteSpace(x.A.Explanation))).ToList();
    }
}
