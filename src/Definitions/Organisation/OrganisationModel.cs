using System.Collections.Frozen;

namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Tổ chức bộ máy — one province's organisation: its administrative units (tỉnh, xã/phường; a
/// district tier is allowed), its agencies (People's Committees, service centres, departments, land
/// registration office and branches, vertical agencies) with their units, and the roles they staff.
/// Immutable; every look-up is a dictionary probe. Built by <see cref="Parse"/> from the JSON
/// described in workflows/organisation/README.md.
/// </summary>
public sealed partial class OrganisationModel
{
    private readonly FrozenDictionary<string, AdministrativeUnit> _units;
    private readonly FrozenDictionary<string, AdministrativeUnit[]> _childUnits;
    private readonly FrozenDictionary<string, Agency> _agencies;
    private readonly FrozenDictionary<string, Agency[]> _seatedIn;
    private readonly FrozenDictionary<(AgencyKind, string), Agency[]> _servingByKind;
    private readonly FrozenDictionary<(VerticalNetwork, string), Agency[]> _servingByNetwork;
    private readonly FrozenDictionary<string, Role> _roles;

    internal OrganisationModel(
        AdministrativeUnit province, IReadOnlyList<AdministrativeUnit> units, IReadOnlyList<Agency> agencies, IReadOnlyList<Role> roles)
    {
        Province = province;
        AdministrativeUnits = units;
        Agencies = agencies;
        RoleList = roles;
        _units = units.ToFrozenDictionary(u => u.Code, StringComparer.Ordinal);
        _childUnits = units.Where(u => u.ParentCode is not null).GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _agencies = agencies.ToFrozenDictionary(a => a.EId, StringComparer.Ordinal);
        _seatedIn = agencies.GroupBy(a => a.AreaCode, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _roles = roles.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        Communes = Descendants(province.Code).Where(u => u.Level == AdministrativeLevel.Commune).ToArray();

        var byKind = new Dictionary<(AgencyKind, string), List<(Agency, int)>>();
        var byNetwork = new Dictionary<(VerticalNetwork, string), List<(Agency, int)>>();
        foreach (Agency agency in agencies)
        {
            HashSet<string> covered = Coverage(agency);
            foreach (string code in covered)
            {
                Add(byKind, (agency.Kind, code), (agency, covered.Count));
                if (agency.Kind.Network() is { } network)
                    Add(byNetwork, (network, code), (agency, covered.Count));
            }
        }
        _servingByKind = byKind.ToFrozenDictionary(p => p.Key, p => MostSpecificFirst(p.Value));
        _servingByNetwork = byNetwork.ToFrozenDictionary(p => p.Key, p => MostSpecificFirst(p.Value));
    }

    /// <summary>Reads organisation JSON; throws <see cref="OrganisationFormatException"/> listing every fault.</summary>
    public static OrganisationModel Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new List<OrganisationDataError>();
        OrganisationDraft draft = OrganisationJson.Read(json, errors);
        return OrganisationBuilder.Build(draft, errors);
    }

    /// <summary>The province (tỉnh) this organisation belongs to.</summary>
    public AdministrativeUnit Province { get; }

    /// <summary>All administrative units, in data order.</summary>
    public IReadOnlyList<AdministrativeUnit> AdministrativeUnits { get; }

    /// <summary>The commune-level units (xã, phường, đặc khu) of the province, in data order.</summary>
    public IReadOnlyList<AdministrativeUnit> Communes { get; }

    /// <summary>All agencies, in data order.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The roles the organisation staffs, in data order.</summary>
    public IReadOnlyList<Role> RoleList { get; }

    /// <summary>The roles by code.</summary>
    public IReadOnlyDictionary<string, Role> Roles => _roles;

    /// <summary>Whether <paramref name="code"/> is a role of this organisation.</summary>
    public bool HasRole(string code) => _roles.ContainsKey(code);

    /// <summary>The administrative unit with this code, or <c>null</c>.</summary>
    public AdministrativeUnit? FindAdministrativeUnit(string code) => _units.GetValueOrDefault(code);

    /// <summary>The units directly inside the unit with <paramref name="code"/>.</summary>
    public IReadOnlyList<AdministrativeUnit> ChildUnits(string code) =>
        _childUnits.TryGetValue(code, out AdministrativeUnit[]? children) ? children : [];

    /// <summary>The agency with this electronic ID, or <c>null</c>.</summary>
    public Agency? FindAgency(string eId) => _agencies.GetValueOrDefault(eId);

    /// <summary>The agency with this electronic ID.</summary>
    /// <exception cref="KeyNotFoundException">No such agency.</exception>
    public Agency GetAgency(string eId) =>
        _agencies.TryGetValue(eId, out Agency? agency) ? agency : throw new KeyNotFoundException($"No agency with electronic ID '{eId}'.");

    /// <summary>Cơ quan cấp trên: the superior agency, or <c>null</c> at the top.</summary>
    public Agency? Parent(Agency agency) => agency.ParentEId is null ? null : _agencies.GetValueOrDefault(agency.ParentEId);

    /// <summary>The agencies seated in the administrative unit <paramref name="areaCode"/>.</summary>
    public IReadOnlyList<Agency> AgenciesSeatedIn(string areaCode) =>
        _seatedIn.TryGetValue(areaCode, out Agency[]? agencies) ? agencies : [];

    /// <summary>
    /// The agency of <paramref name="kind"/> serving <paramref name="areaCode"/> (a commune, or the
    /// province itself), optionally only at <paramref name="level"/>; the most local one when several
    /// serve it (commune police before provincial police, a tax unit before the provincial tax office).
    /// </summary>
    public Agency? FindServing(AgencyKind kind, string areaCode, AdministrativeLevel? level = null) =>
        First(_servingByKind.GetValueOrDefault((kind, areaCode)), level);

    /// <summary>The agency of a vertical network (ngành dọc) serving <paramref name="areaCode"/>, most local first.</summary>
    public Agency? FindVertical(VerticalNetwork network, string areaCode, AdministrativeLevel? level = null) =>
        First(_servingByNetwork.GetValueOrDefault((network, areaCode)), level);

    /// <summary>The People's Committee (Ủy ban nhân dân) of an administrative unit of any tier.</summary>
    public Agency? PeoplesCommitteeOf(string areaCode) =>
        AgenciesSeatedIn(areaCode).FirstOrDefault(a => a.Kind.IsPeoplesCommittee());

    /// <summary>The public-administration service centre (TTPVHCC) of an administrative unit.</summary>
    public Agency? ServiceCentreOf(string areaCode) =>
        AgenciesSeatedIn(areaCode).FirstOrDefault(a => a.Kind.IsServiceCentre());

    /// <summary>Whether <paramref name="agency"/> serves <paramref name="areaCode"/>.</summary>
    public bool Serves(Agency agency, string areaCode) =>
        _servingByKind.TryGetValue((agency.Kind, areaCode), out Agency[]? serving)
        && serving.Any(a => a.EId == agency.EId);

    private IEnumerable<AdministrativeUnit> Descendants(string code)
    {
        foreach (AdministrativeUnit child in ChildUnits(code))
        {
            yield return child;
            foreach (AdministrativeUnit grandchild in Descendants(child.Code))
                yield return grandchild;
        }
    }

    private HashSet<string> Coverage(Agency agency)
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (string code in agency.ServedArea)
        {
            covered.Add(code);
            covered.UnionWith(Descendants(code).Select(u => u.Code));
        }
        return covered;
    }

    private static void Add<TKey>(Dictionary<TKey, List<(Agency, int)>> index, TKey key, (Agency, int) entry) where TKey : notnull
    {
        if (!index.TryGetValue(key, out List<(Agency, int)>? list))
            index[key] = list = [];
        list.Add(entry);
    }

    private static Agency[] MostSpecificFirst(List<(Agency Agency, int Coverage)> entries) =>
        entries.OrderBy(e => e.Coverage).Select(e => e.Agency).ToArray();

    private static Agency? First(Agency[]? candidates, AdministrativeLevel? level)
    {
        if (candidates is null)
            return null;
        foreach (Agency agency in candidates)
        {
            if (level is null || agency.Level == level)
                return agency;
        }
        return null;
    }
}
