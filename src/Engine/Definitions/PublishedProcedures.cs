using Microsoft.EntityFrameworkCore;
using TthcFlow.Definitions.Elsa;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Definitions;

/// <summary>
/// Danh mục thủ tục đang áp dụng — the procedure of each definition's latest published version, as
/// reports need it (which procedures are offered, which are receivable anywhere, which are petitions).
/// </summary>
public sealed class PublishedProcedures(IDbContextFactory<EngineDbContext> contexts)
{
    /// <summary>One entry per definition with a published version that names a procedure.</summary>
    public async Task<IReadOnlyList<ProcedureInfo>> LatestAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var published = await db.Set<StoredDefinition>().AsNoTracking().Where(d => d.IsPublished)
            .Select(d => new { d.DefinitionId, d.Version, d.Json }).ToListAsync(ct);
        return published.GroupBy(d => d.DefinitionId)
            .Select(g => ElsaJson.Read(g.MaxBy(d => d.Version)!.Json).Procedure)
            .OfType<ProcedureInfo>().ToList();
    }

    /// <summary>Codes of the published petition (phản ánh, kiến nghị) procedures.</summary>
    public static IReadOnlyList<string> PetitionCodes(IEnumerable<ProcedureInfo> procedures) =>
        procedures.Where(p => p.Kind == ProcedureKind.Petition && p.Code is not null).Select(p => p.Code!).Distinct().ToList();

    /// <summary>
    /// The public administrative procedures: offered through at least one channel (a receiving unit's
    /// internal procedure is not) and not petitions.
    /// </summary>
    public static IReadOnlyList<ProcedureInfo> Offered(IEnumerable<ProcedureInfo> procedures) =>
        procedures.Where(p => p.Channels.Count > 0 && p.Kind == ProcedureKind.AdministrativeProcedure).ToList();
}
