using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// One line of the sổ theo dõi hồ sơ (DOMAIN.md §4): number, dossier code, procedure, applicant,
/// address and phone, lead body, received, appointment, returned, how returned (the signature
/// column is left for paper).
/// </summary>
public sealed record LogbookLine(
    int No, string Code, string? ProcedureName, string ApplicantName, string? Address, string? Phone, string LeadBody,
    DateTimeOffset? ReceivedAt, DateTimeOffset? AppointmentAt, DateTimeOffset? ReturnedAt, ResultDelivery HowReturned);

/// <summary>The logbook of the dossiers the scope's desks received in the period, in order of receipt; only the logbook's columns are read.</summary>
public sealed class Logbook(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation)
{
    public async Task<IReadOnlyList<LogbookLine>> RunAsync(ReportPeriod period, CancellationToken ct = default)
    {
        var (from, to) = (period.From, period.To);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var dossiers = db.Set<Dossier>().AsNoTracking().Where(d => d.ReceivedAt >= from && d.ReceivedAt < to);
        if (period.Scope.AgencyEIds is { } ids)
            dossiers = dossiers.Where(d => ids.Contains(d.ReceivingAgencyEId));
        var rows = await dossiers.OrderBy(d => d.ReceivedAt).ThenBy(d => d.Id)
            .Select(d => new { d.Code, d.ProcedureName, d.ApplicantName, d.ApplicantAddress, d.ApplicantPhone, d.CompetentAgencyEId,
                d.ReceivedAt, d.AppointmentAt, d.ReturnedAt, d.ResultDelivery })
            .ToListAsync(ct);
        return rows.Select((d, i) => new LogbookLine(i + 1, d.Code, d.ProcedureName, d.ApplicantName, d.ApplicantAddress, d.ApplicantPhone,
            organisation.FindAgency(d.CompetentAgencyEId)?.Name ?? d.CompetentAgencyEId, d.ReceivedAt, d.AppointmentAt, d.ReturnedAt, d.ResultDelivery)).ToList();
    }
}
