using System.Globalization;
using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Notifications;

/// <summary>Who a notification goes to: an officer, a post (agency, unit, role), or the applicant.</summary>
internal sealed record Recipient(RecipientKind Kind, string? User, string? AgencyEId, string? UnitCode, string? Role)
{
    public static Recipient Officer(string user, string agencyEId) => new(RecipientKind.Officer, user, agencyEId, null, null);

    public static Recipient Post(string agencyEId, string unitCode, string role) => new(RecipientKind.Post, null, agencyEId, unitCode, role);

    public static Recipient Of(Post post) => Post(post.Agency.EId, post.Unit.Code, post.Role);

    public static Recipient Citizen { get; } = new(RecipientKind.Citizen, null, null, null, null);

    public Notification Notification(CommandContext context, long dossierId, long? taskId, NotificationKind kind, string text) => new()
    {
        Id = context.NewId(),
        DossierId = dossierId,
        TaskId = taskId,
        Kind = kind,
        Recipient = Kind,
        RecipientUser = User,
        AgencyEId = AgencyEId,
        UnitCode = UnitCode,
        Role = Role,
        Text = text,
        CreatedAt = context.Now,
    };
}

/// <summary>Instants as Vietnamese text puts them: <c>15:00 ngày 23/02/2026</c>, Vietnam time.</summary>
internal static class VietnamText
{
    public static string Instant(DateTimeOffset at) =>
        at.ToOffset(VietnamTime.Offset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
}
