namespace TthcFlow.Definitions.Organisation;

/// <summary>
/// Checks a draft's references (parents, areas, service centres, templates, roles) and builds the
/// immutable <see cref="OrganisationModel"/>; every fault is reported with its JSON path.
/// </summary>
internal static class OrganisationBuilder
{
    internal static OrganisationModel Build(OrganisationDraft draft, List<OrganisationDataError> errors)
    {
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach ((Role role, string path) in draft.Roles)
        {
            if (!roles.TryAdd(role.Code, role))
                errors.Add(new($"{path}.code", $"Role '{role.Code}' is listed twice."));
        }

        var units = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        var unitSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach ((AdministrativeUnit unit, string path) in draft.AdministrativeUnits)
        {
            if (!units.TryAdd(unit.Code, unit))
                errors.Add(new($"{path}.code", $"Administrative unit code '{unit.Code}' is listed twice."));
            if (!unitSlugs.Add(unit.Slug))
                errors.Add(new($"{path}.slug", $"Slug '{unit.Slug}' is used by another administrative unit."));
        }
        CheckAdministrativeTree(draft, units, errors);

        foreach ((string name, IReadOnlyList<AgencyUnit> template) in draft.UnitTemplates)
            CheckUnits(template, $"$.unitTemplates.{name}", roles, errors);

        var agencies = new Dictionary<string, Agency>(StringComparer.Ordinal);
        var ordered = new List<Agency>();
        foreach (AgencyDraft a in draft.Agencies)
        {
            IReadOnlyList<AgencyUnit> agencyUnits = a.Units ?? [];
            if (a.Template is not null && !draft.UnitTemplates.TryGetValue(a.Template, out agencyUnits!))
            {
                errors.Add(new($"{a.Path}.unitTemplate", $"No unit template named '{a.Template}'."));
                agencyUnits = [];
            }
            if (a.Units is not null)
                CheckUnits(a.Units, $"{a.Path}.units", roles, errors);
            if (!units.TryGetValue(a.Area, out AdministrativeUnit? area))
            {
                errors.Add(new($"{a.Path}.area", $"No administrative unit with code '{a.Area}'."));
                continue;
            }
            IReadOnlyList<string> served = a.Serves ?? [a.Area];
            for (int i = 0; i < served.Count; i++)
            {
                if (!units.ContainsKey(served[i]))
                    errors.Add(new($"{a.Path}.serves[{i}]", $"No administrative unit with code '{served[i]}'."));
            }
            var agency = new Agency(a.EId, a.Name, a.NameEn, a.Kind, area, a.Slug, a.Parent, a.ServiceCentre, served.ToArray(), agencyUnits);
            if (agencies.TryAdd(a.EId, agency))
                ordered.Add(agency);
            else
                errors.Add(new($"{a.Path}.eId", $"Electronic ID '{a.EId}' is used by another agency."));
        }
        CheckAgencyReferences(draft.Agencies, agencies, errors);

        if (errors.Count > 0)
            throw new OrganisationFormatException(errors);
        List<AdministrativeUnit> unitList = draft.AdministrativeUnits.Select(u => u.Unit).ToList();
        return new OrganisationModel(units[draft.Province!], unitList, ordered, roles.Values.ToList());
    }

    private static void CheckAdministrativeTree(
        OrganisationDraft draft, Dictionary<string, AdministrativeUnit> units, List<OrganisationDataError> errors)
    {
        if (draft.Province is { } province
            && (!units.TryGetValue(province, out AdministrativeUnit? p) || p.Level != AdministrativeLevel.Province))
        {
            errors.Add(new("$.province", $"'{province}' is not a province-level unit of this document."));
        }
        foreach ((AdministrativeUnit unit, string path) in draft.AdministrativeUnits)
        {
            if (unit.ParentCode is null)
            {
                if (unit.Code != draft.Province)
                    errors.Add(new($"{path}.parent", "Only the document's province has no parent."));
                continue;
            }
            if (!units.TryGetValue(unit.ParentCode, out AdministrativeUnit? parent))
                errors.Add(new($"{path}.parent", $"No administrative unit with code '{unit.ParentCode}'."));
            else if (parent.Level >= unit.Level)
                errors.Add(new($"{path}.parent", $"A {unit.Level}-level unit cannot sit inside a {parent.Level}-level one."));
        }
    }

    private static void CheckUnits(
        IReadOnlyList<AgencyUnit> units, string path, Dictionary<string, Role> roles, List<OrganisationDataError> errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < units.Count; i++)
        {
            if (!codes.Add(units[i].Code))
                errors.Add(new($"{path}[{i}].code", $"Unit code '{units[i].Code}' is used twice in this agency."));
            foreach (string role in units[i].Roles.Where(r => !roles.ContainsKey(r)))
                errors.Add(new($"{path}[{i}].roles", $"Role '{role}' is not listed in $.roles."));
        }
    }

    private static void CheckAgencyReferences(
        List<AgencyDraft> drafts, Dictionary<string, Agency> agencies, List<OrganisationDataError> errors)
    {
        foreach (AgencyDraft a in drafts)
        {
            if (a.Parent is not null && !agencies.ContainsKey(a.Parent))
                errors.Add(new($"{a.Path}.parent", $"No agency with electronic ID '{a.Parent}'."));
            if (a.ServiceCentre is not null)
            {
                if (!agencies.TryGetValue(a.ServiceCentre, out Agency? centre))
                    errors.Add(new($"{a.Path}.serviceCentre", $"No agency with electronic ID '{a.ServiceCentre}'."));
                else if (!centre.Units.Any(u => u.Kind == AgencyUnitKind.OneStopDesk))
                    errors.Add(new($"{a.Path}.serviceCentre", $"'{a.ServiceCentre}' has no one-stop desk unit."));
            }
            if (HasParentCycle(a.EId, agencies))
                errors.Add(new($"{a.Path}.parent", "The parent chain loops back to this agency."));
        }
    }

    private static bool HasParentCycle(string eId, Dictionary<string, Agency> agencies)
    {
        string? current = agencies.TryGetValue(eId, out Agency? start) ? start.ParentEId : null;
        for (int steps = 0; current is not null && steps <= agencies.Count; steps++)
        {
            if (current == eId)
                return true;
            current = agencies.TryGetValue(current, out Agency? next) ? next.ParentEId : null;
        }
        return false;
    }
}
