using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Reads dossiers the writer does not hold in memory, through EF Core (no tracking) on the
/// writer's own connection and inside its transaction, so what it reads is what the batch's
/// version guards compare against.
/// </summary>
internal sealed class StateLoader(EngineDbContext db, IProcedureRuntime runtime)
{
    /// <summary>The dossier of each task id that exists.</summary>
    public Dictionary<long, long> DossiersOfTasks(List<long> taskIds) =>
        db.Set<DossierTask>().AsNoTracking()
            .Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.DossierId })
            .ToDictionary(t => t.Id, t => t.DossierId);

    /// <summary>The stored version of each of these dossiers that exists.</summary>
    public Dictionary<long, int> Versions(List<long> ids) =>
        db.Set<Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.Version }).ToDictionary(d => d.Id, d => d.Version);

    /// <summary>The dossiers with these ids that exist, with their tasks, documents, fees, supplement requests, notifications, apologies and clock pauses.</summary>
    public List<DossierState> Load(List<long> ids)
    {
        var dossiers = db.Set<Dossier>().AsNoTracking().Where(d => ids.Contains(d.Id)).ToList();
        var tasks = db.Set<DossierTask>().AsNoTracking().Where(t => ids.Contains(t.DossierId)).OrderBy(t => t.Id).ToLookup(t => t.DossierId);
        var documents = db.Set<DossierDocument>().AsNoTracking().Where(x => ids.Contains(x.DossierId)).OrderBy(x => x.Id).ToLookup(x => x.DossierId);
        var fees = db.Set<DossierFee>().AsNoTracking().Where(x => ids.Contains(x.DossierId)).OrderBy(x => x.Id).ToLookup(x => x.DossierId);
        var supplements = db.Set<SupplementRequest>().AsNoTracking().Where(x => ids.Contains(x.DossierId)).OrderBy(x => x.Id).ToLookup(x => x.DossierId);
        var notifications = db.Set<Notification>().AsNoTracking().Where(x => ids.Contains(x.DossierId)).OrderBy(x => x.Id).ToLookup(x => x.DossierId);
        var apologies = db.Set<Apology>().AsNoTracking().Where(x => ids.Contains(x.DossierId)).OrderBy(x => x.Id).ToLookup(x => x.DossierId);
        var pauses = db.Set<ClockPause>().AsNoTracking().Where(x => ids.Contains(x.DossierId)).OrderBy(x => x.Id).ToLookup(x => x.DossierId);
        return dossiers.Select(d => new DossierState(
            d, runtime.Deserialize(d.Instance), [.. tasks[d.Id]], [.. documents[d.Id]], [.. fees[d.Id]], [.. supplements[d.Id]])
        {
            Notifications = [.. notifications[d.Id]],
            Apologies = [.. apologies[d.Id]],
            Pauses = [.. pauses[d.Id]],
        }).ToList();
    }
}
