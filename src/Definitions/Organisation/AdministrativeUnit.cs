namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Cấp hành chính — the tier of local government a unit belongs to. Since 1 July 2025 there are two
/// tiers (province, commune/ward); the district tier (cấp huyện) is kept so older data still loads.
/// </summary>
public enum AdministrativeLevel
{
    /// <summary>Cấp tỉnh: province or centrally-run city.</summary>
    Province,

    /// <summary>Cấp huyện: district, town, provincial city (abolished 1/7/2025, kept for older data).</summary>
    District,

    /// <summary>Cấp xã: commune, ward or special zone.</summary>
    Commune,
}

/// <summary>Loại đơn vị hành chính — the legal type of an administrative unit.</summary>
public enum AdministrativeUnitType
{
    /// <summary>Tỉnh.</summary>
    Province,

    /// <summary>Thành phố trực thuộc trung ương.</summary>
    CentralCity,

    /// <summary>Huyện.</summary>
    District,

    /// <summary>Thị xã.</summary>
    Town,

    /// <summary>Thành phố thuộc tỉnh.</summary>
    ProvincialCity,

    /// <summary>Xã.</summary>
    Commune,

    /// <summary>Phường.</summary>
    Ward,

    /// <summary>Đặc khu.</summary>
    SpecialZone,
}

/// <summary>
/// Đơn vị hành chính — a province, district or commune/ward, identified by its administrative unit
/// code (mã đơn vị hành chính: 2 digits for a province, 3 for a district, 5 for a commune). These
/// codes are the statistics office's and are distinct from agencies' electronic IDs.
/// </summary>
/// <param name="Code">Mã đơn vị hành chính, e.g. <c>66</c> or <c>24175</c>.</param>
/// <param name="Name">The name without its type word, with diacritics, e.g. <c>Hòa Phú</c>.</param>
/// <param name="Type">Xã, phường, tỉnh, ….</param>
/// <param name="ParentCode">The enclosing unit's code; <c>null</c> for a province.</param>
/// <param name="Slug">ASCII lower-case letters and digits, unique in the document (e.g. <c>hoaphu</c>).</param>
/// <param name="FormerProvince">For units formed by the 2025 merger, the province they came from.</param>
public sealed record AdministrativeUnit(
    string Code,
    string Name,
    AdministrativeUnitType Type,
    string? ParentCode,
    string Slug,
    string? FormerProvince)
{
    /// <summary>The tier this unit belongs to.</summary>
    public AdministrativeLevel Level => Type.Level();

    /// <summary>The name with its type word, e.g. <c>xã Hòa Phú</c>, <c>phường Tân An</c>, <c>tỉnh Đắk Lắk</c>.</summary>
    public string FullName => $"{Type.VietnameseWord()} {Name}";
}

/// <summary>Facts about <see cref="AdministrativeUnitType"/> values.</summary>
public static class AdministrativeUnitTypes
{
    /// <summary>The tier a unit of this type belongs to.</summary>
    public static AdministrativeLevel Level(this AdministrativeUnitType type) => type switch
    {
        AdministrativeUnitType.Province or AdministrativeUnitType.CentralCity => AdministrativeLevel.Province,
        AdministrativeUnitType.District or AdministrativeUnitType.Town or AdministrativeUnitType.ProvincialCity
            => AdministrativeLevel.District,
        _ => AdministrativeLevel.Commune,
    };

    /// <summary>The number of digits of an administrative unit code at this level (2, 3 or 5).</summary>
    public static int CodeLength(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => 2,
        AdministrativeLevel.District => 3,
        _ => 5,
    };

    /// <summary>The Vietnamese word that precedes the name: <c>xã</c>, <c>phường</c>, <c>tỉnh</c>, ….</summary>
    public static string VietnameseWord(this AdministrativeUnitType type) => type switch
    {
        AdministrativeUnitType.Province => "tỉnh",
        AdministrativeUnitType.CentralCity => "thành phố",
        AdministrativeUnitType.District => "huyện",
        AdministrativeUnitType.Town => "thị xã",
        AdministrativeUnitType.ProvincialCity => "thành phố",
        AdministrativeUnitType.Commune => "xã",
        AdministrativeUnitType.Ward => "phường",
        _ => "đặc khu",
    };
}
