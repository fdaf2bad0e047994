using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Notifications;

/// <summary>Reads notifications for inboxes: an officer's own and their posts', newest first; a dossier's.</summary>
public sealed class NotificationQueries(IDbContextFactory<EngineDbContext> contexts)
{
    /// <summary>What an officer sees: notifications addressed to them, or to a post (agency, unit, role) they hold.</summary>
    public async Task<IReadOnlyList<Notification>> ForOfficerAsync(ActingOfficer officer, bool unreadOnly = false, int take = 100, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var roles = officer.Roles.ToArray();
        var query = db.Set<Notification>().AsNoTracking().Where(n =>
            n.RecipientUser == officer.UserName
            || (n.Recipient == RecipientKind.Post && n.AgencyEId == officer.AgencyEId && n.UnitCode == officer.UnitCode && roles.Contains(n.Role!)));
        if (unreadOnly)
            query = query.Where(n => n.ReadAt == null);
        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
    }

    /// <summary>Every notification a dossier raised, in order.</summary>
    public async Task<IReadOnlyList<Notification>> ForDossierAsync(long dossierId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<Notification>().AsNoTracking().Where(n => n.DossierId == dossierId).OrderBy(n => n.Id).ToListAsync(ct);
    }
}
