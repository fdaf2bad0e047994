using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Nộp hồ sơ over HTTP: the body of a filing at the desk (<c>POST /api/dossiers</c>, channel 1 or
/// 3, received by the signed-in one-stop officer for their agency) or online
/// (<c>POST /api/public/dossiers</c>, channel 2, naming the receiving agency).
/// </summary>
public sealed record FilingRequest(
    string? DefinitionId,
    SubmissionChannel? Channel,
    ApplicantDetails? Applicant,
    ProxyDetails? Proxy,
    string? ReceivingAgencyEId,
    string? CompetentAgencyEId,
    string? RequestContent,
    IReadOnlyList<SubmittedDocument>? Documents,
    int? SetsReceived,
    bool? PaidOnline,
    ResultDelivery? ResultDelivery,
    string? ReturnAgencyEId = null,
    string? PostalTracking = null)
{
    /// <summary>The first missing required field, by its JSON name; null when all are there.</summary>
    public string? MissingField(bool online)
    {
        if (string.IsNullOrWhiteSpace(DefinitionId)) return "definitionId";
        if (!online && Channel is null) return "channel";
        if (online && string.IsNullOrWhiteSpace(ReceivingAgencyEId)) return "receivingAgencyEId";
        if (Applicant is null) return "applicant";
        if (string.IsNullOrWhiteSpace(Applicant.Name)) return "applicant.name";
        if (string.IsNullOrWhiteSpace(Applicant.IdNumber)) return "applicant.idNumber";
        if (Proxy is not null && string.IsNullOrWhiteSpace(Proxy.Name)) return "proxy.name";
        if (Proxy is not null && string.IsNullOrWhiteSpace(Proxy.IdNumber)) return "proxy.idNumber";
        for (int i = 0; i < (Documents?.Count ?? 0); i++)
            if (Documents![i] is null || string.IsNullOrWhiteSpace(Documents[i].Name)) return $"documents[{i}].name";
        return null;
    }

    public SubmitDossier ToCommand(SubmissionChannel channel, string receivingAgencyEId, ActingOfficer? officer) => new()
    {
        DefinitionId = DefinitionId!.Trim(),
        Channel = channel,
        Applicant = Applicant!,
        Proxy = Proxy,
        ReceivingAgencyEId = receivingAgencyEId,
        CompetentAgencyEId = string.IsNullOrWhiteSpace(CompetentAgencyEId) ? null : CompetentAgencyEId.Trim(),
        RequestContent = RequestContent,
        Documents = Documents ?? [],
        SetsReceived = SetsReceived ?? 1,
        PaidOnline = PaidOnline ?? false,
        ResultDelivery = ResultDelivery ?? Model.ResultDelivery.AtDesk,
        ReturnAgencyEId = string.IsNullOrWhiteSpace(ReturnAgencyEId) ? null : ReturnAgencyEId.Trim(),
        PostalTracking = string.IsNullOrWhiteSpace(PostalTracking) ? null : PostalTracking,
        Officer = officer,
    };
}

/// <summary>Quyết định tiếp nhận: accept, ask for supplements (listing what is missing) or refuse (with reasons).</summary>
public sealed record ReceiptRequest(ReceiptOutcome? Decision, string? Reason, string? MissingItems);

/// <summary>Hoàn thành bước: the outcome (one of the step's outcomes) and an optional comment.</summary>
public sealed record CompleteRequest(string? Outcome, string? Comment, string? PostalTracking = null);

/// <summary>Body of recording the post's delivery of a result sent by post (from its confirmation).</summary>
public sealed record PostalDeliveryRequest(DateTimeOffset? DeliveredAt);

/// <summary>Phân công lại: the colleague (same unit, the task's role) who takes the task over.</summary>
public sealed record ReassignRequest(string? ToUserName);

/// <summary>Trả lại: the reason, and the send-back outcome when the step has more than one.</summary>
public sealed record SendBackRequest(string? Reason, string? Outcome);

/// <summary>Yêu cầu bổ sung: every missing or incorrect item, and the reason.</summary>
public sealed record SupplementRequestBody(string? Items, string? Reason);
