namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Cơ quan, đơn vị — a body that receives or handles dossiers: a People's Committee, a service
/// centre, a department, a land registration office or branch, a vertical agency. Identified by its
/// electronic ID (mã định danh điện tử); seated in an administrative unit (<see cref="AreaCode"/>)
/// and serving a set of administrative units (<see cref="ServedArea"/>).
/// </summary>
public sealed class Agency
{
    internal Agency(
        string eId, string name, string? nameEn, AgencyKind kind, AdministrativeUnit area, string slug,
        string? parentEId, string? serviceCentreEId, IReadOnlyList<string> servedArea, IReadOnlyList<AgencyUnit> units)
    {
        EId = eId;
        ShortId = ElectronicId.ToShortForm(eId);
        Name = name;
        NameEn = nameEn;
        Kind = kind;
        AreaCode = area.Code;
        Level = area.Level;
        Slug = slug;
        ParentEId = parentEId;
        ServiceCentreEId = serviceCentreEId;
        ServedArea = servedArea;
        Units = units;
    }

    /// <summary>Mã định danh điện tử, e.g. <c>000.00.12.H15</c>.</summary>
    public string EId { get; }

    /// <summary>The short form of the e-ID used in dossier codes, e.g. <c>H15.12</c>.</summary>
    public string ShortId { get; }

    /// <summary>Full Vietnamese name, e.g. <c>Ủy ban nhân dân xã Hòa Phú</c>.</summary>
    public string Name { get; }

    /// <summary>English name, where the data gives one.</summary>
    public string? NameEn { get; }

    /// <summary>What the agency is.</summary>
    public AgencyKind Kind { get; }

    /// <summary>The administrative unit whose tier the agency belongs to (a commune for commune
    /// bodies and commune police; the province for provincial bodies and their branches).</summary>
    public string AreaCode { get; }

    /// <summary>The tier of <see cref="AreaCode"/>.</summary>
    public AdministrativeLevel Level { get; }

    /// <summary>ASCII name fragment used to build demo user names (e.g. <c>hoaphu</c>, <c>sotuphap</c>).</summary>
    public string Slug { get; }

    /// <summary>Cơ quan cấp trên: the superior agency's e-ID; <c>null</c> at the top of the data.</summary>
    public string? ParentEId { get; }

    /// <summary>The service centre (TTPVHCC) whose one-stop desk receives for this agency, if set.</summary>
    public string? ServiceCentreEId { get; }

    /// <summary>Địa bàn phục vụ: administrative unit codes this agency serves (a unit covers the
    /// units inside it). Defaults to <see cref="AreaCode"/>.</summary>
    public IReadOnlyList<string> ServedArea { get; }

    /// <summary>The units inside the agency.</summary>
    public IReadOnlyList<AgencyUnit> Units { get; }

    /// <summary>The unit with <paramref name="code"/>, or <c>null</c>.</summary>
    public AgencyUnit? FindUnit(string code)
    {
        foreach (AgencyUnit unit in Units)
        {
            if (unit.Code == code)
                return unit;
        }
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{EId} {Name}";
}

/// <summary>
/// Vị trí xử lý — where a task lands: a role in a unit of an agency (e.g. the specialist of the
/// economy division of the People's Committee of Hòa Phú commune).
/// </summary>
/// <param name="Agency">The agency.</param>
/// <param name="Unit">The unit inside it.</param>
/// <param name="Role">The role code.</param>
public sealed record Post(Agency Agency, AgencyUnit Unit, string Role)
{
    /// <inheritdoc />
    public override string ToString() => $"{Agency.EId}/{Unit.Code}/{Role}";
}
