namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Loại cơ quan — what an agency is. Procedures name the kind of their competent agency
/// (<c>competentAgencyKind</c>); unit rules name the vertical network to look up.
/// </summary>
public enum AgencyKind
{
    /// <summary>Ủy ban nhân dân tỉnh.</summary>
    ProvincePeoplesCommittee,

    /// <summary>Trung tâm Phục vụ hành chính công tỉnh (TTPVHCC tỉnh).</summary>
    ProvinceServiceCentre,

    /// <summary>Sở, ban, ngành thuộc UBND tỉnh.</summary>
    Department,

    /// <summary>Văn phòng Đăng ký đất đai.</summary>
    LandRegistrationOffice,

    /// <summary>Chi nhánh Văn phòng Đăng ký đất đai.</summary>
    LandRegistrationBranch,

    /// <summary>Ủy ban nhân dân huyện (kept for data from before 1/7/2025).</summary>
    DistrictPeoplesCommittee,

    /// <summary>Ủy ban nhân dân xã, phường, đặc khu.</summary>
    CommunePeoplesCommittee,

    /// <summary>Trung tâm Phục vụ hành chính công xã (TTPVHCC xã).</summary>
    CommuneServiceCentre,

    /// <summary>Công an (tỉnh, xã/phường) — vertical.</summary>
    Police,

    /// <summary>Thuế (tỉnh, cơ sở) — vertical.</summary>
    Tax,

    /// <summary>Bảo hiểm xã hội — vertical.</summary>
    SocialInsurance,
}

/// <summary>
/// Ngành dọc — a network of agencies that serve areas rather than belong to one People's Committee;
/// the <c>agencyKind</c> of a <c>{"kind":"Vertical"}</c> unit rule.
/// </summary>
public enum VerticalNetwork
{
    /// <summary>Công an.</summary>
    Police,

    /// <summary>Thuế.</summary>
    Tax,

    /// <summary>Bảo hiểm xã hội.</summary>
    SocialInsurance,

    /// <summary>Văn phòng Đăng ký đất đai and its branches.</summary>
    LandRegistration,
}

/// <summary>Facts about <see cref="AgencyKind"/> and <see cref="VerticalNetwork"/> values.</summary>
public static class AgencyKinds
{
    private static readonly AgencyKind[] PoliceKinds = [AgencyKind.Police];
    private static readonly AgencyKind[] TaxKinds = [AgencyKind.Tax];
    private static readonly AgencyKind[] SocialInsuranceKinds = [AgencyKind.SocialInsurance];
    private static readonly AgencyKind[] LandKinds = [AgencyKind.LandRegistrationBranch, AgencyKind.LandRegistrationOffice];

    /// <summary>The vertical network an agency of this kind belongs to, if any.</summary>
    public static VerticalNetwork? Network(this AgencyKind kind) => kind switch
    {
        AgencyKind.Police => VerticalNetwork.Police,
        AgencyKind.Tax => VerticalNetwork.Tax,
        AgencyKind.SocialInsurance => VerticalNetwork.SocialInsurance,
        AgencyKind.LandRegistrationOffice or AgencyKind.LandRegistrationBranch => VerticalNetwork.LandRegistration,
        _ => null,
    };

    /// <summary>The agency kinds that make up a vertical network.</summary>
    public static IReadOnlyList<AgencyKind> Kinds(this VerticalNetwork network) => network switch
    {
        VerticalNetwork.Police => PoliceKinds,
        VerticalNetwork.Tax => TaxKinds,
        VerticalNetwork.SocialInsurance => SocialInsuranceKinds,
        _ => LandKinds,
    };

    /// <summary>Whether the kind is a public-administration service centre (TTPVHCC).</summary>
    public static bool IsServiceCentre(this AgencyKind kind) =>
        kind is AgencyKind.ProvinceServiceCentre or AgencyKind.CommuneServiceCentre;

    /// <summary>Whether the kind is a People's Committee (Ủy ban nhân dân) of some tier.</summary>
    public static bool IsPeoplesCommittee(this AgencyKind kind) =>
        kind is AgencyKind.ProvincePeoplesCommittee or AgencyKind.DistrictPeoplesCommittee or AgencyKind.CommunePeoplesCommittee;
}
