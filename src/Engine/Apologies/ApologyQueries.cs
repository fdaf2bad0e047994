using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Apologies;

/// <summary>One line of the public list of apology letters (công khai văn bản xin lỗi): no personal data.</summary>
public sealed record PublicApology(
    long ApologyId, string DossierCode, string? ProcedureName, string AgencyEId, string AgencyName, string? Number,
    DateTimeOffset? IssuedAt, DateTimeOffset? OriginalAppointmentAt, DateTimeOffset? NewReturnAt, string? Reason);

/// <summary>
/// Văn bản xin lỗi và hẹn lại ngày trả kết quả, as printed (DOMAIN.md §3): the form (configuration),
/// issuing body, number, place and date, addressee, receipt date and receiving body, procedure,
/// applicant and ID, dossier code, the original appointment that was not met, the reason, the new
/// return date, and the signer (the head of the body).
/// </summary>
public sealed record ApologyLetter(
    string Form, string IssuingBody, string? Number, string? Place, DateTimeOffset? IssuedAt,
    string Addressee, DateTimeOffset? ReceivedAt, string ReceivingBody, string? ProcedureName,
    string ApplicantName, string ApplicantIdNumber, string DossierCode,
    DateTimeOffset? OriginalAppointmentAt, string? Reason, DateTimeOffset? NewReturnAt,
    string SignerTitle, string? SignerName, ApologyStatus Status)
{
    /// <summary>
    /// The letter as the public may read it (công khai): the citizen's name reduced to initials and
    /// the ID number to its last three digits; the printed letter handed over keeps them whole.
    /// </summary>
    public ApologyLetter ForPublic() => this with
    {
        Addressee = Initials(Addressee),
        ApplicantName = Initials(ApplicantName),
        ApplicantIdNumber = ApplicantIdNumber.Length > 3 ? new string('*', ApplicantIdNumber.Length - 3) + ApplicantIdNumber[^3..] : "***",
    };

    private static string Initials(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));
}

/// <summary>Reads apologies: a signer's owed ones (dự thảo xin lỗi chờ duyệt), the public list, a printable letter.</summary>
public sealed class ApologyQueries(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation, DossierOptions options)
{
    /// <summary>The apologies an officer must sign: owed by dossiers for a post they hold, oldest first.</summary>
    public async Task<IReadOnlyList<Apology>> OwedToSignAsync(ActingOfficer officer, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var roles = officer.Roles.ToArray();
        return await db.Set<Apology>().AsNoTracking()
            .Where(a => a.SignerAgencyEId == officer.AgencyEId && a.Status == ApologyStatus.Owed && a.SignerUnitCode == officer.UnitCode && roles.Contains(a.SignerRole))
            .OrderBy(a => a.OwedAt).ToListAsync(ct);
    }

    /// <summary>Issued apologies, newest first, optionally of one agency and from an instant.</summary>
    public async Task<IReadOnlyList<PublicApology>> PublicListAsync(string? agencyEId = null, DateTimeOffset? from = null, int take = 100, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = db.Set<Apology>().AsNoTracking().Where(a => a.Status == ApologyStatus.Issued);
        if (agencyEId is not null)
            query = query.Where(a => a.AgencyEId == agencyEId);
        if (from is { } since)
            query = query.Where(a => a.IssuedAt >= since);
        var rows = await query
            .Join(db.Set<Dossier>(), a => a.DossierId, d => d.Id, (a, d) => new { A = a, d.Code, d.ProcedureName })
            .OrderByDescending(x => x.A.IssuedAt).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return rows.Select(x => new PublicApology(x.A.Id, x.Code, x.ProcedureName, x.A.AgencyEId, AgencyName(x.A.AgencyEId), x.A.Number,
            x.A.IssuedAt, x.A.OriginalAppointmentAt, x.A.NewReturnAt, x.A.Reason)).ToList();
    }

    /// <summary>The letter's fields, or null if no such apology.</summary>
    public async Task<ApologyLetter?> LetterAsync(long apologyId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var apology = await db.Set<Apology>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == apologyId, ct);
        if (apology is null)
            return null;
        var d = await db.Set<Dossier>().AsNoTracking().FirstAsync(x => x.Id == apology.DossierId, ct);
        var issuing = organisation.FindAgency(apology.AgencyEId);
        var place = issuing is null ? null : organisation.FindAdministrativeUnit(issuing.AreaCode)?.FullName;
        var signerTitle = organisation.Roles.TryGetValue(apology.SignerRole, out var role) ? role.Name : apology.SignerRole;
        return new ApologyLetter(
            options.ApologyForm, issuing?.Name ?? apology.AgencyEId, apology.Number, place, apology.IssuedAt,
            d.ProxyName ?? d.ApplicantName, d.ReceivedAt, AgencyName(d.ReceivingAgencyEId), d.ProcedureName,
            d.ApplicantName, d.ApplicantIdNumber, d.Code, apology.OriginalAppointmentAt, apology.Reason, apology.NewReturnAt,
            signerTitle, apology.IssuedByName, apology.Status);
    }

    private string AgencyName(string eId) => organisation.FindAgency(eId)?.Name ?? eId;
}
