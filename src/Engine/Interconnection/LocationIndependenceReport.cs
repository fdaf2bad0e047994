using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Definitions;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Interconnection;

/// <summary>
/// Tỷ lệ thủ tục và hồ sơ tiếp nhận không phụ thuộc địa giới hành chính (Decree 118/2025, the
/// province's targets of ≥ 50 % then 100 % of procedures): the public procedures flagged receivable
/// anywhere, and the dossiers received in the period at a unit outside the competent body's area.
/// </summary>
public sealed record LocationIndependenceShare(
    DateTimeOffset From, DateTimeOffset To, int Procedures, int LocationIndependentProcedures, int Dossiers, int DossiersFiledElsewhere)
{
    /// <summary>Share of public procedures receivable regardless of boundaries, 0–1 (0 without procedures).</summary>
    public double ProcedureShare => Procedures == 0 ? 0 : (double)LocationIndependentProcedures / Procedures;

    /// <summary>Share of the period's received dossiers that were filed outside the competent body's area, 0–1.</summary>
    public double DossierShare => Dossiers == 0 ? 0 : (double)DossiersFiledElsewhere / Dossiers;
}

/// <summary>Computes <see cref="LocationIndependenceShare"/> for a period from the published procedures and the dossiers table.</summary>
public sealed class LocationIndependenceReport(IDbContextFactory<EngineDbContext> contexts, OrganisationModel organisation)
{
    /// <summary>Dossiers received in [<paramref name="from"/>, <paramref name="to"/>); procedures as published now.</summary>
    public async Task<LocationIndependenceShare> ForPeriodAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.Set<StoredDefinition>().AsNoTracking().Where(d => d.IsPublished)
            .Select(d => new { d.DefinitionId, d.Version, d.Json }).ToListAsync(cancellationToken);
        var procedures = published.GroupBy(d => d.DefinitionId)
            .Select(g => ElsaJson.Read(g.OrderByDescending(d => d.Version).First().Json).Procedure)
            .OfType<ProcedureInfo>();
        var dossiers = await db.Set<Dossier>().AsNoTracking()
            .Where(d => d.ReceivedAt >= from && d.ReceivedAt < to)
            .Select(d => new DossierAgencies(d.ReceivingAgencyEId, d.CompetentAgencyEId))
            .ToListAsync(cancellationToken);
        return Compute(from, to, procedures, dossiers, organisation);
    }

    /// <summary>Which agency received a dossier and which one decides it.</summary>
    public sealed record DossierAgencies(string ReceivingAgencyEId, string CompetentAgencyEId);

    /// <summary>
    /// Public procedures are those offered through at least one channel (a receiving unit's internal
    /// procedure is not); a dossier was processed location-independently when its receiving agency's
    /// area differs from its competent agency's.
    /// </summary>
    public static LocationIndependenceShare Compute(
        DateTimeOffset from, DateTimeOffset to, IEnumerable<ProcedureInfo> procedures, IReadOnlyCollection<DossierAgencies> dossiers, OrganisationModel organisation)
    {
        var offered = procedures.Where(p => p.Channels.Count > 0).ToList();
        int elsewhere = dossiers.Count(d =>
            organisation.FindAgency(d.ReceivingAgencyEId) is { } receiving && organisation.FindAgency(d.CompetentAgencyEId) is { } competent
            && receiving.AreaCode != competent.AreaCode);
        return new LocationIndependenceShare(from, to, offered.Count, offered.Count(p => p.LocationIndependent), dossiers.Count, elsewhere);
    }
}
