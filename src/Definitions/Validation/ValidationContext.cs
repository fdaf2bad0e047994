using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Definitions.Validation;

/// <summary>
/// What a definition is checked against beyond itself: the organisation's role codes and agency
/// e-IDs (null = not checked), and whether it is being published (then activity types TthcFlow
/// cannot execute are errors, not warnings).
/// </summary>
public sealed record ValidationContext
{
    /// <summary>No organisation checks, import rules.</summary>
    public static ValidationContext Default { get; } = new();

    /// <summary>Role codes (vai trò) a step may name; null = any role code is accepted.</summary>
    public IReadOnlySet<string>? RoleCodes { get; init; }

    /// <summary>Known agency e-IDs (mã định danh điện tử), full or short form; null = not checked.</summary>
    public IReadOnlySet<string>? AgencyIds { get; init; }

    /// <summary>Publishing rules: types TthcFlow does not execute are errors.</summary>
    public bool ForPublication { get; init; }

    /// <summary>Checks roles and agencies against an organisation.</summary>
    public static ValidationContext For(OrganisationModel organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return new ValidationContext
        {
            RoleCodes = organisation.RoleList.Where(r => r.HandlesDossiers).Select(r => r.Code).ToHashSet(StringComparer.Ordinal),
            AgencyIds = organisation.Agencies.SelectMany(a => new[] { a.EId, a.ShortId }).ToHashSet(StringComparer.Ordinal),
        };
    }
}
