using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Dossiers.Commands;

/// <summary>
/// Xác nhận bưu chính đã phát kết quả — a one-stop officer of the desk that returned the result
/// records when the public postal service delivered it to the citizen (from the post's
/// confirmation). Only for a result sent by post; the delivery cannot precede the posting nor lie
/// in the future; recording the same instant again changes nothing.
/// </summary>
public sealed record ConfirmPostalDelivery(long DossierId, DateTimeOffset DeliveredAt, ActingOfficer Officer) : DossierCommand
{
    internal override DossierTarget Target => DossierTarget.Dossier(DossierId);

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        var d = state!.Dossier;
        string desk = d.ReturnAgencyEId ?? d.ReceivingAgencyEId;
        if (Officer.AgencyEId != desk || !Officer.Holds(RoleCodes.OneStopOfficer))
            return DomainError.NotYours($"Only a one-stop officer of the desk that returned dossier {d.Code} ({desk}) records its postal delivery.");
        if (d.ReturnPostedAt is not { } posted || d.ReturnPostalCode is null)
            return DomainError.InvalidState($"The result of dossier {d.Code} has not been sent by post.");
        if (d.ReturnDeliveredAt == DeliveredAt)
            return CommandOutcome.Unchanged(state);
        if (d.ReturnDeliveredAt is not null)
            return DomainError.Conflict($"The delivery of dossier {d.Code} was already recorded at {d.ReturnDeliveredAt:O}.");
        if (DeliveredAt < posted || DeliveredAt > context.Now)
            return DomainError.Invalid($"deliveredAt: the delivery must fall between the posting ({posted:O}) and now.");
        return CommandOutcome.Changed(state.Change(x => x with { ReturnDeliveredAt = DeliveredAt }),
            new AuditEntry("PostalDelivered", Officer.UserName, Detail: $"{d.ReturnPostalCode} {DeliveredAt:O}"));
    }
}
