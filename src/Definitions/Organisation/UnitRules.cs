namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Quy tắc xác định đơn vị xử lý — the <c>kind</c> values of a <c>TthcFlow.UnitRule</c>
/// (docs/definition-format.md), resolved by <see cref="OrganisationModel.ResolveUnitRule"/>.
/// </summary>
public static class UnitRuleKinds
{
    /// <summary>The unit where the dossier was received (nơi tiếp nhận).</summary>
    public const string Receiving = "Receiving";

    /// <summary>The dossier's competent unit (cơ quan có thẩm quyền giải quyết).</summary>
    public const string Competent = "Competent";

    /// <summary>A fixed agency named by e-ID (<c>agency</c>).</summary>
    public const string Fixed = "Fixed";

    /// <summary>The vertical agency of <c>agencyKind</c> serving the competent unit's area.</summary>
    public const string Vertical = "Vertical";

    /// <summary>The competent unit's superior (cơ quan cấp trên).</summary>
    public const string Parent = "Parent";

    /// <summary>All five kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [Receiving, Competent, Fixed, Vertical, Parent];
}

/// <summary>
/// The agencies a dossier is bound to: where it was received (nơi tiếp nhận), which agency decides
/// it (cơ quan có thẩm quyền — commune B for a location-independent dossier), and optionally the
/// administrative unit its subject lies in (the parcel's commune) when that differs from the
/// competent agency's seat.
/// </summary>
/// <param name="Receiving">The receiving agency (usually a service centre).</param>
/// <param name="Competent">The competent agency.</param>
/// <param name="SubjectArea">The administrative unit code vertical look-ups use; defaults to the
/// competent agency's <see cref="Agency.AreaCode"/>.</param>
public sealed record DossierAgencies(Agency Receiving, Agency Competent, string? SubjectArea = null)
{
    /// <summary>The administrative unit that vertical look-ups serve.</summary>
    public string Area => SubjectArea ?? Competent.AreaCode;
}

/// <summary>Kết quả xác định đơn vị xử lý — the outcome of resolving a unit rule: the agency, or why there is none.</summary>
/// <param name="Agency">The resolved agency, when found.</param>
/// <param name="Problem">Why the rule cannot be resolved, when not found.</param>
public sealed record UnitRuleResolution(Agency? Agency, string? Problem)
{
    /// <summary>Whether an agency was found.</summary>
    public bool IsResolved => Agency is not null;
}

public sealed partial class OrganisationModel
{
    /// <summary>
    /// Resolves a unit rule (<c>{"kind":"Receiving"}</c>, <c>{"kind":"Competent"}</c>,
    /// <c>{"kind":"Fixed","agency":"000.00.12.H15"}</c>, <c>{"kind":"Vertical","agencyKind":"Tax"}</c>,
    /// <c>{"kind":"Parent"}</c>) to the agency where a task or transfer lands for this dossier.
    /// </summary>
    /// <param name="kind">The rule's <c>kind</c>.</param>
    /// <param name="agency">The rule's <c>agency</c> (e-ID), for <c>Fixed</c>.</param>
    /// <param name="agencyKind">The rule's <c>agencyKind</c> (a <see cref="VerticalNetwork"/> name), for <c>Vertical</c>.</param>
    /// <param name="dossier">The dossier's receiving and competent agencies.</param>
    public UnitRuleResolution ResolveUnitRule(string kind, string? agency, string? agencyKind, DossierAgencies dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        switch (kind)
        {
            case UnitRuleKinds.Receiving:
                return new(dossier.Receiving, null);
            case UnitRuleKinds.Competent:
                return new(dossier.Competent, null);
            case UnitRuleKinds.Fixed:
                if (agency is null)
                    return new(null, "A Fixed unit rule needs 'agency' (an electronic ID).");
                return FindAgency(agency) is { } found
                    ? new(found, null)
                    : new(null, $"No agency with electronic ID '{agency}'.");
            case UnitRuleKinds.Vertical:
                if (!TryParseNetwork(agencyKind, out VerticalNetwork network))
                    return new(null, $"'{agencyKind}' is not a vertical agency kind; expected one of: {string.Join(", ", Enum.GetNames<VerticalNetwork>())}.");
                return FindVertical(network, dossier.Area) is { } vertical
                    ? new(vertical, null)
                    : new(null, $"No {network} agency serves administrative unit '{dossier.Area}'.");
            case UnitRuleKinds.Parent:
                return Parent(dossier.Competent) is { } parent
                    ? new(parent, null)
                    : new(null, $"'{dossier.Competent.EId}' has no superior agency.");
            default:
                return new(null, $"'{kind}' is not a unit rule kind; expected one of: {string.Join(", ", UnitRuleKinds.All)}.");
        }
    }

    /// <summary>Parses a vertical network name exactly as written in a unit rule (<c>Tax</c>, <c>Police</c>, …).</summary>
    public static bool TryParseNetwork(string? text, out VerticalNetwork network)
    {
        network = default;
        return text is { Length: > 0 } && !char.IsDigit(text, 0) && Enum.TryParse(text, ignoreCase: false, out network) && Enum.IsDefined(network);
    }
}
