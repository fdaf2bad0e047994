using TthcFlow.Definitions.Calendar;
using TthcFlow.Definitions.Model;
using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Procedures;

/// <summary>
/// The administrative procedure (thủ tục hành chính, TTHC) a workflow implements, read from the
/// definition's <c>customProperties.procedure</c>: its code (mã TTHC), names, field (lĩnh vực),
/// competent level and agency, legal time limit (thời hạn giải quyết), channels, fees, required
/// documents (thành phần hồ sơ) and legal basis (căn cứ pháp lý). Unmodelled fields are kept.
/// </summary>
public sealed record ProcedureInfo
{
    /// <summary>Mã TTHC: the national code with any local suffix, e.g. <c>1.001193.000.00.00.H56</c>.</summary>
    public string? Code { get; init; }

    /// <summary>Tên thủ tục, in Vietnamese.</summary>
    public string? Name { get; init; }

    public string? NameEn { get; init; }

    /// <summary>Lĩnh vực, e.g. "Hộ tịch".</summary>
    public string? Field { get; init; }

    /// <summary>Cấp thực hiện: the level of the competent body.</summary>
    public AdministrativeLevel? CompetentLevel { get; init; }

    /// <summary>The kind of competent agency (an organisation kind, e.g. <c>CommunePeoplesCommittee</c>).</summary>
    public string? CompetentAgencyKind { get; init; }

    /// <summary>Thời hạn giải quyết: the legal time limit.</summary>
    public TimeLimit? LegalLimit { get; init; }

    /// <summary>Tiếp nhận không phụ thuộc địa giới hành chính: receivable at any centre.</summary>
    public bool LocationIndependent { get; init; }

    /// <summary>
    /// What the workflow handles: an administrative procedure's dossiers (the default) or petitions
    /// (phản ánh, kiến nghị), which the 766 index measures apart.
    /// </summary>
    public ProcedureKind Kind { get; init; }

    /// <summary>Cách thức thực hiện: the channels the procedure accepts.</summary>
    public IReadOnlyList<SubmissionChannel> Channels { get; init; } = [];

    /// <summary>Phí, lệ phí.</summary>
    public IReadOnlyList<ProcedureFee> Fees { get; init; } = [];

    /// <summary>Thành phần hồ sơ.</summary>
    public IReadOnlyList<string> RequiredDocuments { get; init; } = [];

    /// <summary>Căn cứ pháp lý.</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>Fields of the procedure object TthcFlow does not model, kept.</summary>
    public JsonProperties Properties { get; init; } = JsonProperties.Empty;

    public bool Equals(ProcedureInfo? other) =>
        other is not null && Code == other.Code && Name == other.Name && NameEn == other.NameEn
        && Field == other.Field && CompetentLevel == other.CompetentLevel
        && CompetentAgencyKind == other.CompetentAgencyKind && LegalLimit == other.LegalLimit
        && LocationIndependent == other.LocationIndependent && Kind == other.Kind && Channels.SequenceEqual(other.Channels)
        && Fees.SequenceEqual(other.Fees) && RequiredDocuments.SequenceEqual(other.RequiredDocuments)
        && LegalBasis.SequenceEqual(other.LegalBasis) && Properties.Equals(other.Properties);

    public override int GetHashCode() => HashCode.Combine(Code, Name);
}

/// <summary>What a workflow's dossiers are, for reporting.</summary>
public enum ProcedureKind
{
    /// <summary>Thủ tục hành chính: the dossiers of an administrative procedure.</summary>
    AdministrativeProcedure = 0,

    /// <summary>Phản ánh, kiến nghị (PAKN) về quy định hành chính: petitions (Decree 20/2008).</summary>
    Petition = 1,
}

/// <summary>Cách thức nộp hồ sơ, with the national portal's codes.</summary>
public enum SubmissionChannel
{
    /// <summary>Trực tiếp (in person).</summary>
    InPerson = 1,

    /// <summary>Trực tuyến (online, through the national public service portal).</summary>
    Online = 2,

    /// <summary>Qua dịch vụ bưu chính công ích (public post).</summary>
    PublicPost = 3,
}

/// <summary>A fee or charge (phí, lệ phí) of a procedure.</summary>
public sealed record ProcedureFee(string Name, decimal Amount, string Currency)
{
    /// <summary>Fields TthcFlow does not model, kept.</summary>
    public JsonProperties Properties { get; init; } = JsonProperties.Empty;

    public bool Equals(ProcedureFee? other) =>
        other is not null && Name == other.Name && Amount == other.Amount && Currency == other.Currency
        && Properties.Equals(other.Properties);

    public override int GetHashCode() => HashCode.Combine(Name, Amount, Currency);
}
