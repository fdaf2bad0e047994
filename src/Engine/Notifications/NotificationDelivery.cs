using System.Text.Encodings.Web;
using System.Text.Json;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Notifications;

/// <summary>
/// The outbox message that delivers the notifications one change raised for the applicant (kind
/// <see cref="Kind"/>, one per dossier and version): for each, the text and the channel — paper at
/// the desk, or email/SMS for an online dossier. Officers' notifications are not in it: their rows
/// are their delivery (the inbox reads them), and a copy in the outbox would only grow the store
/// (a province-year wrote one for almost every step). Its id is the first notification's id (ids
/// are unique across the store).
/// </summary>
internal static class NotificationDelivery
{
    public const string Kind = "Notifications";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The message for what <paramref name="raised"/> holds for the applicant; null when it holds nothing for them.</summary>
    public static OutboxMessage? Message(DossierState state, IEnumerable<Notification> raised)
    {
        var leaving = raised.Where(n => n.Recipient == RecipientKind.Citizen).ToList();
        return leaving.Count == 0 ? null : Message(state, leaving);
    }

    private static OutboxMessage Message(DossierState state, List<Notification> raised)
    {
        var d = state.Dossier;
        var payload = new
        {
            dossierCode = d.Code,
            notifications = raised.Select(n => new
            {
                id = n.Id,
                kind = n.Kind.ToString(),
                agency = n.AgencyEId,
                channel = d.Channel == SubmissionChannel.Online ? "EmailSms" : "PaperAtDesk",
                email = d.ApplicantEmail,
                phone = d.ApplicantPhone,
                text = n.Text,
            }),
        };
        return new OutboxMessage
        {
            Id = raised[0].Id,
            DossierId = d.Id,
            Seq = d.Version,
            Kind = Kind,
            Payload = JsonSerializer.SerializeToUtf8Bytes(payload, Json),
            CreatedAt = raised[0].CreatedAt,
        };
    }
}
