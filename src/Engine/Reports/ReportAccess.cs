using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// Who may see which scope: a province leader (a Leader or DeskHead of the provincial People's
/// Committee or the provincial service centre) sees any scope and defaults to the province; every
/// other signed-in officer sees their own agency only.
/// </summary>
public static class ReportAccess
{
    public static bool IsProvinceLeader(ActingOfficer officer, OrganisationModel organisation) =>
        organisation.FindAgency(officer.AgencyEId) is { Kind: AgencyKind.ProvincePeoplesCommittee or AgencyKind.ProvinceServiceCentre }
        && officer.Roles.Any(r => r is RoleCodes.Leader or RoleCodes.DeskHead);

    /// <summary>The scope an officer asked for (or their default), or why they may not have it.</summary>
    public static (ReportScope? Scope, int Status, string? ErrorVi, string? ErrorEn) ScopeFor(
        ActingOfficer officer, OrganisationModel organisation, ScopeKind? kind, string? code)
    {
        bool leader = IsProvinceLeader(officer, organisation);
        var asked = kind ?? (leader ? ScopeKind.Province : ScopeKind.Agency);
        var askedCode = code ?? (asked == ScopeKind.Agency ? officer.AgencyEId : null);
        var (scope, vi, en) = ReportScope.Resolve(organisation, asked, askedCode);
        if (scope is null)
            return (null, StatusCodes.Status400BadRequest, vi, en);
        if (!leader && !(scope.Kind == ScopeKind.Agency && scope.Code == officer.AgencyEId))
            return (null, StatusCodes.Status403Forbidden, "Chỉ lãnh đạo tỉnh được xem báo cáo ngoài cơ quan mình.",
                "Only a province leader may see reports beyond their own agency.");
        return (scope, StatusCodes.Status200OK, null, null);
    }
}
