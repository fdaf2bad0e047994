using System.Text.Json;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Interconnection;
using TthcFlow.Engine.Runtime;

namespace TthcFlow.Engine.Dossiers.Commands;

/// <summary>Người nộp hồ sơ: the applicant (a person or an organisation).</summary>
public sealed record ApplicantDetails(string Name, string IdNumber, string? Phone = null, string? Email = null, string? Address = null);

/// <summary>Người được ủy quyền: the proxy filing for the applicant.</summary>
public sealed record ProxyDetails(string Name, string IdNumber, string? Phone = null);

/// <summary>A document handed in: its name, whether it was digitised, whether it was reused from earlier data.</summary>
public sealed record SubmittedDocument(string Name, bool Digitised = false, bool Reused = false, string? ReusedFrom = null);

/// <summary>
/// Nộp hồ sơ — a dossier is filed: at the one-stop desk (channel 1, or 3 by post) by a one-stop
/// officer, who receives it on the spot (status 2, the appointment is set); or online (channel 2),
/// where it waits in status 1 until a desk officer accepts it. The dossier gets its code, its
/// procedure instance starts, and the first steps open in their inboxes.
/// </summary>
public sealed record SubmitDossier : DossierCommand
{
    public required string DefinitionId { get; init; }
    public required SubmissionChannel Channel { get; init; }
    public required ApplicantDetails Applicant { get; init; }
    public ProxyDetails? Proxy { get; init; }

    /// <summary>The agency whose desk receives the dossier (the officer's, for desk channels).</summary>
    public required string ReceivingAgencyEId { get; init; }

    /// <summary>The competent agency; by default the one of the procedure's kind serving the receiving agency's area.</summary>
    public string? CompetentAgencyEId { get; init; }
    public string? RequestContent { get; init; }
    public IReadOnlyList<SubmittedDocument> Documents { get; init; } = [];
    public int SetsReceived { get; init; } = 1;
    public bool PaidOnline { get; init; }
    public ResultDelivery ResultDelivery { get; init; } = ResultDelivery.AtDesk;

    /// <summary>
    /// The desk where the citizen chose to collect the result (nơi nhận kết quả): by default the
    /// receiving desk; for a dossier filed outside the competent body's area, its own area's desk may be chosen.
    /// </summary>
    public string? ReturnAgencyEId { get; init; }

    /// <summary>Số hiệu bưu gửi of a dossier sent in by post (channel 3 only).</summary>
    public string? PostalTracking { get; init; }

    /// <summary>The receiving one-stop officer; null only for an online filing from the portal.</summary>
    public ActingOfficer? Officer { get; init; }

    internal override DossierTarget Target => DossierTarget.New;

    internal override CommandOutcome Apply(DossierState? state, CommandContext context)
    {
        if (Validate(context, out var procedure, out var receiving, out var competent) is { } invalid)
            return invalid;
        var dossier = NewDossier(procedure!, receiving!, competent!, context);
        var run = context.Runtime.Start(procedure!, new StartInput(context.Now, StartData(dossier)));
        var empty = new DossierState(dossier, run.State!, [], NewDocuments(dossier.Id, context), NewFees(procedure!, dossier.Id, context), []);
        var (started, error) = ProcedureProgress.Apply(empty, run, Officer, context);
        if (error is not null)
            return error;
        if (Channel == SubmissionChannel.Online)
            return CommandOutcome.Changed(started!, new AuditEntry("Submitted", null, Detail: $"online, {procedure!.DefinitionId} v{procedure.Version}"));
        var (received, refused) = ReceiptDecision.Accept(started!, Officer!, context);
        return refused ?? CommandOutcome.Changed(received!, new AuditEntry("Received", Officer!.UserName, Detail: $"channel {(int)Channel}"));
    }

    private DomainError? Validate(CommandContext context, out ProcedureVersion? procedure, out Agency? receiving, out Agency? competent)
    {
        var organisation = context.Organisation;
        procedure = context.Runtime.FindPublished(DefinitionId);
        receiving = organisation.FindAgency(ReceivingAgencyEId);
        competent = CompetentAgencyEId is { } named ? organisation.FindAgency(named) : null;
        if (string.IsNullOrWhiteSpace(Applicant.Name) || string.IsNullOrWhiteSpace(Applicant.IdNumber))
            return DomainError.Invalid("The applicant's name and ID number (số định danh) are required.");
        if (!Enum.IsDefined(Channel))
            return DomainError.Invalid($"Channel {(int)Channel} is not 1 (in person), 2 (online) or 3 (post).");
        if (PostalTracking is not null && Channel != SubmissionChannel.PublicPost)
            return DomainError.Invalid("A postal tracking number (số hiệu bưu gửi) goes only with a dossier sent in by post (channel 3).");
        if (PostalTracking is not null && PostalItem.Normalise(PostalTracking) is null)
            return DomainError.Invalid($"'{PostalTracking}' is not a postal tracking number (số hiệu bưu gửi): 6 to 40 letters, digits or dashes.");
        if (SetsReceived < 1)
            return DomainError.Invalid("At least one set of documents is received.");
        if (procedure is null)
            return DomainError.NotFound($"No published procedure '{DefinitionId}'.");
        if (procedure.Procedure.Channels.Count > 0 && !procedure.Procedure.Channels.Contains(Channel))
            return DomainError.Invalid($"Procedure {procedure.Procedure.Code} is not offered through channel {(int)Channel}.");
        if (receiving is null)
            return DomainError.Invalid($"No agency with e-ID '{ReceivingAgencyEId}'.");
        if (CompetentAgencyEId is not null && competent is null)
            return DomainError.Invalid($"No agency with e-ID '{CompetentAgencyEId}'.");
        competent ??= DefaultCompetent(procedure.Procedure, receiving, organisation);
        if (competent is null)
            return DomainError.Invalid($"Name the competent agency: none of kind {procedure.Procedure.CompetentAgencyKind} serves {receiving.Name}.");
        if (!procedure.Procedure.LocationIndependent && LocationIndependence.Applies(receiving, competent))
        {
            return DomainError.Invalid(
                $"Procedure {procedure.Procedure.Code} is not receivable regardless of administrative boundaries (không phụ thuộc địa giới hành chính): "
                + $"file it where {competent.Name} ({competent.EId}) receives, not at {receiving.Name}.");
        }
        if (ReturnAgencyEId is not null
            && (organisation.FindAgency(ReturnAgencyEId) is not { } desk
                || organisation.FindPost(desk, RoleCodes.OneStopOfficer, procedure.Procedure.Field)?.Agency.EId != desk.EId))
            return DomainError.Invalid($"'{ReturnAgencyEId}' is not an agency with a one-stop desk to return the result at.");
        if (Channel != SubmissionChannel.Online)
        {
            if (Officer is null)
                return DomainError.NotYours("A dossier filed at the desk is received by a one-stop officer.");
            if (Officer.AgencyEId != receiving.EId || !Officer.Holds(RoleCodes.OneStopOfficer))
                return DomainError.NotYours($"Only a one-stop officer of {receiving.Name} receives dossiers there.");
        }
        return null;
    }

    private Dossier NewDossier(ProcedureVersion procedure, Agency receiving, Agency competent, CommandContext context)
    {
        bool elsewhere = procedure.Procedure.LocationIndependent && LocationIndependence.Applies(receiving, competent);
        long id = context.NewId();
        return new Dossier
        {
            Id = id,
            Code = context.NextDossierCode(elsewhere ? competent.ShortId : receiving.ShortId),
            DefinitionId = procedure.DefinitionId,
            DefinitionVersion = procedure.Version,
            ProcedureCode = procedure.Procedure.Code,
            ProcedureName = procedure.Procedure.Name ?? procedure.Name,
            Field = procedure.Procedure.Field,
            Status = NationalStatus.Registered,
            SubState = elsewhere ? DossierSubState.LocationIndependentTransfer : DossierSubState.None,
            Channel = Channel,
            ApplicantName = Applicant.Name.Trim(),
            ApplicantIdNumber = Applicant.IdNumber.Trim(),
            ApplicantPhone = Applicant.Phone,
            ApplicantEmail = Applicant.Email,
            ApplicantAddress = Applicant.Address,
            ProxyName = Proxy?.Name,
            ProxyIdNumber = Proxy?.IdNumber,
            ProxyPhone = Proxy?.Phone,
            RequestContent = RequestContent,
            ReceivingAgencyEId = receiving.EId,
            CompetentAgencyEId = competent.EId,
            ReturnAgencyEId = ReturnAgencyEId ?? receiving.EId,
            SubmittedAt = context.Now,
            SetsReceived = SetsReceived,
            ResultDelivery = ResultDelivery,
            SubmissionPostalCode = PostalItem.Normalise(PostalTracking),
            PaidOnline = PaidOnline,
            Instance = [],
        };
    }

    private static Agency? DefaultCompetent(ProcedureInfo procedure, Agency receiving, OrganisationModel organisation)
    {
        if (!Enum.TryParse<AgencyKind>(procedure.CompetentAgencyKind, out var kind))
            return null;
        if (receiving.Kind == kind)
            return receiving;
        return organisation.FindServing(kind, receiving.AreaCode, procedure.CompetentLevel);
    }

    private DossierDocument[] NewDocuments(long dossierId, CommandContext context) =>
        Documents.Select(d => new DossierDocument
        {
            Id = context.NewId(), DossierId = dossierId, Name = d.Name, Digitised = d.Digitised, Reused = d.Reused, ReusedFrom = d.ReusedFrom,
        }).ToArray();

    private static DossierFee[] NewFees(ProcedureVersion procedure, long dossierId, CommandContext context) =>
        procedure.Procedure.Fees.Select(f => new DossierFee
        {
            Id = context.NewId(), DossierId = dossierId, Name = f.Name, AmountVnd = (long)decimal.Round(f.Amount),
        }).ToArray();

    /// <summary>The dossier's data as the instance's start input (read by scripts as <c>dossier</c>).</summary>
    private static string StartData(Dossier d) => JsonSerializer.Serialize(new
    {
        code = d.Code,
        channel = (int)d.Channel,
        procedureCode = d.ProcedureCode,
        field = d.Field,
        receivingAgency = d.ReceivingAgencyEId,
        competentAgency = d.CompetentAgencyEId,
        applicant = new { name = d.ApplicantName, idNumber = d.ApplicantIdNumber },
    });
}
