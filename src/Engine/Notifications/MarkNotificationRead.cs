using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Notifications;

/// <summary>Đã đọc — an officer marks a notification addressed to them (or to their post) as read. Idempotent.</summary>
public sealed record MarkNotificationRead(long DossierId, long NotificationId, ActingOfficer Officer) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        if (state!.Notifications.FirstOrDefault(n => n.Id == NotificationId) is not { } notification)
            return DomainError.NotFound($"Dossier {state.Dossier.Code} has no notification {NotificationId}.");
        bool mine = notification.RecipientUser == Officer.UserName
            || (notification.Recipient == RecipientKind.Post && Officer.SitsIn(notification.AgencyEId!, notification.UnitCode!) && Officer.Holds(notification.Role!));
        if (!mine)
            return DomainError.NotYours($"Notification {NotificationId} is not addressed to you.");
        if (notification.ReadAt is not null)
            return CommandOutcome.Unchanged(state);
        var read = notification with { ReadAt = context.Now };
        return CommandOutcome.Changed(state with { Notifications = [.. state.Notifications.Select(n => n.Id == read.Id ? read : n)] },
            new AuditEntry("NotificationRead", Officer.UserName, notification.TaskId, $"{notification.Kind}"));
    }
}
