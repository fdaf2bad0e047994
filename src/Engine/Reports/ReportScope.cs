using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Engine.Reports;

/// <summary>What a report covers: one agency (cơ quan), the agencies seated in one commune or ward (cấp xã), or the whole province (toàn tỉnh).</summary>
public enum ScopeKind : byte
{
    Province = 1,
    Commune = 2,
    Agency = 3,
}

/// <summary>
/// Phạm vi báo cáo — the unit a report is computed for, resolved against the organisation model to
/// the e-IDs of its agencies (null for the province: no filter).
/// </summary>
public sealed record ReportScope(ScopeKind Kind, string? Code, string Name, IReadOnlyList<string>? AgencyEIds)
{
    /// <summary>Whether an agency belongs to the scope.</summary>
    public bool Covers(string agencyEId) => AgencyEIds is null || AgencyEIds.Contains(agencyEId, StringComparer.Ordinal);

    public static ReportScope Province(OrganisationModel organisation) =>
        new(ScopeKind.Province, organisation.Province.Code, organisation.Province.Name, null);

    /// <summary>Resolves a scope, or returns the reason it cannot (unknown agency or commune) in Vietnamese and English.</summary>
    public static (ReportScope? Scope, string? ErrorVi, string? ErrorEn) Resolve(OrganisationModel organisation, ScopeKind kind, string? code)
    {
        switch (kind)
        {
            case ScopeKind.Province:
                return (Province(organisation), null, null);
            case ScopeKind.Agency:
                if (code is not null && organisation.FindAgency(code) is { } agency)
                    return (new ReportScope(kind, agency.EId, agency.Name, [agency.EId]), null, null);
                return (null, $"Không có cơ quan mã '{code}'.", $"No agency with e-ID '{code}'.");
            case ScopeKind.Commune:
                if (code is not null && organisation.FindAdministrativeUnit(code) is { } unit && unit.Level != AdministrativeLevel.Province)
                    return (new ReportScope(kind, unit.Code, unit.FullName, organisation.AgenciesSeatedIn(unit.Code).Select(a => a.EId).ToArray()), null, null);
                return (null, $"Không có xã, phường mã '{code}'.", $"No commune or ward with code '{code}'.");
            default:
                return (null, "Phạm vi không hợp lệ.", "Invalid scope.");
        }
    }
}

/// <summary>Kỳ báo cáo: the half-open interval [From, To) and the scope.</summary>
public sealed record ReportPeriod(DateTimeOffset From, DateTimeOffset To, ReportScope Scope)
{
    /// <summary>
    /// The period as known at <paramref name="now"/>: one still running is measured up to now, so a
    /// dossier whose appointment is still ahead is pending on time, not counted overdue at the period's end.
    /// </summary>
    public ReportPeriod AsOf(DateTimeOffset now) => From < now && now < To ? this with { To = now } : this;
}
