using TthcFlow.Definitions.Organisation;

namespace TthcFlow.Engine.Interconnection;

/// <summary>
/// Tiếp nhận không phụ thuộc địa giới hành chính (Decree 118/2025): the one rule of when a dossier
/// is received regardless of administrative boundaries — its receiving desk lies in another area
/// than the competent body (another commune's centre, the province centre for a commune, a commune
/// centre for a province department). Filing decides the dossier code's agency and sub-status by
/// it; reports count by it.
/// </summary>
public static class LocationIndependence
{
    public static bool Applies(Agency receiving, Agency competent)
    {
        ArgumentNullException.ThrowIfNull(receiving);
        ArgumentNullException.ThrowIfNull(competent);
        return receiving.AreaCode != competent.AreaCode;
    }

    /// <summary>The same rule by e-IDs; false when either agency is unknown.</summary>
    public static bool Applies(OrganisationModel organisation, string receivingEId, string competentEId) =>
        organisation.FindAgency(receivingEId) is { } receiving && organisation.FindAgency(competentEId) is { } competent
        && Applies(receiving, competent);
}
