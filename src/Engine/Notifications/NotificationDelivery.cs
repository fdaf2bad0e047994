using System.Text.Encodings.Web;
using System.Text.Json;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Notifications;

/// <summary>
/// The outbox message that delivers the notifications one change raised (kind
/// <see cref="Kind"/>, one per dossier and version): for each, the recipient, the text and the
/// channel — the officer's inbox, or, for the applicant, paper at the desk or email/SMS for an
/// online dossier. Its id is the first notification's id (ids are unique across the store).
/// </summary>
internal static class NotificationDelivery
{
    public const string Kind = "Notifications";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static OutboxMessage Message(DossierState state, IReadOnlyList<Notification> raised)
    {
        var d = state.Dossier;
        var payload = new
        {
            dossierCode = d.Code,
            notifications = raised.Select(n => new
            {
                id = n.Id,
                kind = n.Kind.ToString(),
                recipient = n.Recipient.ToString(),
                user = n.RecipientUser,
                agency = n.AgencyEId,
                unit = n.UnitCode,
                role = n.Role,
                channel = Channel(n, d),
                email = n.Recipient == RecipientKind.Citizen ? d.ApplicantEmail : null,
                phone = n.Recipient == RecipientKind.Citizen ? d.ApplicantPhone : null,
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

    private static string Channel(Notification n, Dossier d) => n.Recipient switch
    {
        RecipientKind.Citizen when d.Channel == SubmissionChannel.Online => "EmailSms",
        RecipientKind.Citizen => "PaperAtDesk",
        _ => "Inbox",
    };
}
