using TthcFlow.Definitions.Activities;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Deadlines;

/// <summary>
/// Cảnh báo, nhắc việc — a step's escalations as declared in the definition (near due → the
/// assignee, due → the head of unit, overdue → the leader, by default), kept on the task as
/// <c>Point=Notify</c> pairs, and the notifications each point raises.
/// </summary>
internal static class EscalationRules
{
    public static string[] Encode(IReadOnlyList<Escalation> escalations) =>
        escalations.Select(e => $"{e.At}={e.Notify}").ToArray();

    /// <summary>Who is notified at a point (<c>Assignee</c>, <c>HeadOfUnit</c> or a role code).</summary>
    public static IEnumerable<string> Declared(DossierTask task, EscalationPoint point)
    {
        var prefix = point + "=";
        foreach (var entry in task.Escalations)
        {
            if (entry.StartsWith(prefix, StringComparison.Ordinal))
                yield return entry[prefix.Length..];
        }
    }

    /// <summary>The notifications of one escalation point of a step.</summary>
    public static IEnumerable<Notification> Raise(DossierState state, DossierTask task, EscalationPoint point, CommandContext context)
    {
        var kind = point switch
        {
            EscalationPoint.NearDue => NotificationKind.StepNearDue,
            EscalationPoint.Due => NotificationKind.StepDue,
            _ => NotificationKind.StepOverdue,
        };
        var text = Text(state.Dossier, task, point);
        foreach (var notify in Declared(task, point).Distinct(StringComparer.Ordinal))
        {
            if (Recipient(task, notify, state.Dossier, context) is { } to)
                yield return to.Notification(context, state.Id, task.Id, kind, text);
        }
    }

    private static Recipient? Recipient(DossierTask task, string notify, Dossier dossier, CommandContext context)
    {
        if (notify == Escalation.Assignee)
        {
            return (task.ReceivedBy ?? task.AssignedTo) is { } user
                ? Notifications.Recipient.Officer(user, task.AgencyEId)
                : Notifications.Recipient.Post(task.AgencyEId, task.UnitCode, task.Role);
        }
        var organisation = context.Organisation;
        if (organisation.FindAgency(task.AgencyEId) is not { } agency)
            return null;
        Post? post = notify == Escalation.HeadOfUnit
            ? agency.FindUnit(task.UnitCode) is { } unit ? organisation.HeadOfUnit(agency, unit) : organisation.HeadOfAgency(agency)
            : organisation.FindPost(agency, notify, dossier.Field) ?? (notify == RoleCodes.Leader ? organisation.HeadOfAgency(agency) : null);
        return post is null ? null : Notifications.Recipient.Of(post);
    }

    private static string Text(Dossier d, DossierTask task, EscalationPoint point)
    {
        var title = task.Title ?? task.ActivityId;
        var due = task.DueAt is { } at ? VietnamText.Instant(at) : "?";
        return point switch
        {
            EscalationPoint.NearDue => $"Hồ sơ {d.Code}: bước “{title}” sắp đến hạn xử lý ({due}).",
            EscalationPoint.Due => $"Hồ sơ {d.Code}: bước “{title}” đã đến hạn xử lý ({due}) nhưng chưa hoàn thành.",
            _ => $"Hồ sơ {d.Code}: bước “{title}” quá hạn xử lý (hạn {due}).",
        };
    }
}
