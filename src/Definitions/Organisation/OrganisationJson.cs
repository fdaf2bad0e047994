using System.Text.Json;
using System.Text.RegularExpressions;

namespace TthcFlow.Definitions.Organisation;

/// <summary>An agency as written in the data, before its references are checked.</summary>
internal sealed record AgencyDraft(
    string Path, string EId, string Name, string? NameEn, AgencyKind Kind, string Area, string Slug,
    string? Parent, string? ServiceCentre, IReadOnlyList<string>? Serves, string? Template, IReadOnlyList<AgencyUnit>? Units);

/// <summary>The organisation document as written, before its references are checked.</summary>
internal sealed record OrganisationDraft(
    string? Province,
    List<(Role Role, string Path)> Roles,
    List<(AdministrativeUnit Unit, string Path)> AdministrativeUnits,
    Dictionary<string, IReadOnlyList<AgencyUnit>> UnitTemplates,
    List<AgencyDraft> Agencies);

/// <summary>
/// Reads organisation JSON (schema described in workflows/organisation/README.md) into a draft,
/// recording every shape error with its JSON path.
/// </summary>
internal static partial class OrganisationJson
{
    internal const int SchemaVersion = 1;

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    [GeneratedRegex("^[a-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugShape();

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleShape();

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    internal static OrganisationDraft Read(string json, List<OrganisationDataError> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            throw new OrganisationFormatException(
                [new("$", $"Not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}")], e);
        }
        using (document)
        {
            var draft = new OrganisationDraft(null, [], [], new(StringComparer.Ordinal), []);
            JsonObjectReader? root = JsonObjectReader.Open(document.RootElement, "$", errors,
                "schemaVersion", "province", "roles", "administrativeUnits", "unitTemplates", "agencies");
            if (root is null)
                return draft;
            if (root.Int("schemaVersion") is { } version && version != SchemaVersion)
                root.Error("schemaVersion", $"Version {version} is not supported; this reader knows version {SchemaVersion}.");
            draft = draft with { Province = root.String("province") };
            foreach ((JsonElement item, string path) in root.Items("roles", required: true))
            {
                if (ReadRole(item, path, errors) is { } role)
                    draft.Roles.Add((role, path));
            }
            foreach ((JsonElement item, string path) in root.Items("administrativeUnits", required: true))
            {
                if (ReadAdministrativeUnit(item, path, errors) is { } unit)
                    draft.AdministrativeUnits.Add((unit, path));
            }
            foreach ((string key, JsonElement value, string path) in root.Entries("unitTemplates"))
                draft.UnitTemplates[key] = ReadUnits(value, path, errors);
            foreach ((JsonElement item, string path) in root.Items("agencies", required: true))
            {
                if (ReadAgency(item, path, errors) is { } agency)
                    draft.Agencies.Add(agency);
            }
            return draft;
        }
    }

    private static Role? ReadRole(JsonElement element, string path, List<OrganisationDataError> errors)
    {
        JsonObjectReader? r = JsonObjectReader.Open(element, path, errors, "code", "name", "nameEn", "handlesDossiers");
        if (r is null)
            return null;
        string? code = r.String("code"), name = r.String("name"), nameEn = r.String("nameEn");
        if (code is not null && !RoleShape().IsMatch(code))
            r.Error("code", $"'{code}' is not a role code (letters and digits, starting with a capital).");
        return code is null || name is null || nameEn is null ? null : new Role(code, name, nameEn, r.Bool("handlesDossiers") ?? true);
    }

    private static AdministrativeUnit? ReadAdministrativeUnit(JsonElement element, string path, List<OrganisationDataError> errors)
    {
        JsonObjectReader? r = JsonObjectReader.Open(element, path, errors, "code", "name", "type", "parent", "slug", "formerProvince");
        if (r is null)
            return null;
        string? code = r.String("code"), name = r.String("name"), slug = r.String("slug");
        AdministrativeUnitType? type = r.Enum<AdministrativeUnitType>("type");
        string? parent = r.String("parent", required: false), former = r.String("formerProvince", required: false);
        if (code is not null && type is { } t && (!Digits().IsMatch(code) || code.Length != t.Level().CodeLength()))
            r.Error("code", $"A {t.Level()}-level code has {t.Level().CodeLength()} digits; found '{code}'.");
        CheckSlug(r, slug);
        if (code is null || name is null || slug is null || type is null)
            return null;
        return new AdministrativeUnit(code, name, type.Value, parent, slug, former);
    }

    private static IReadOnlyList<AgencyUnit> ReadUnits(JsonElement element, string path, List<OrganisationDataError> errors)
    {
        var units = new List<AgencyUnit>();
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(path, "Expected an array of units."));
            return units;
        }
        int i = 0;
        foreach (JsonElement item in element.EnumerateArray())
        {
            string itemPath = $"{path}[{i++}]";
            JsonObjectReader? r = JsonObjectReader.Open(item, itemPath, errors, "code", "name", "kind", "roles", "fields");
            if (r is null)
                continue;
            string? code = r.String("code"), name = r.String("name");
            AgencyUnitKind? kind = r.Enum<AgencyUnitKind>("kind");
            IReadOnlyList<string>? roles = r.Strings("roles", required: true);
            IReadOnlyList<string> fields = r.Strings("fields", required: false) ?? [];
            if (code is not null && !SlugShape().IsMatch(code))
                r.Error("code", $"'{code}' must be lower-case ASCII letters and digits.");
            if (roles is { Count: 0 })
                r.Error("roles", "A unit staffs at least one role.");
            if (code is not null && name is not null && kind is not null && roles is not null)
                units.Add(new AgencyUnit(code, name, kind.Value, roles.ToArray(), fields.ToArray()));
        }
        return units;
    }

    private static AgencyDraft? ReadAgency(JsonElement element, string path, List<OrganisationDataError> errors)
    {
        JsonObjectReader? r = JsonObjectReader.Open(element, path, errors,
            "eId", "name", "nameEn", "kind", "area", "slug", "parent", "serviceCentre", "serves", "unitTemplate", "units");
        if (r is null)
            return null;
        string? eId = r.String("eId"), name = r.String("name"), area = r.String("area"), slug = r.String("slug");
        AgencyKind? kind = r.Enum<AgencyKind>("kind");
        if (eId is not null && !ElectronicId.IsValid(eId))
        {
            r.Error("eId", $"'{eId}' is not an electronic ID of the form 000.00.00.H15 (Decision 20/2020/QĐ-TTg).");
            eId = null;
        }
        CheckSlug(r, slug);
        string? template = r.String("unitTemplate", required: false);
        IReadOnlyList<AgencyUnit>? units = r.Property("units") is { } unitsElement
            ? ReadUnits(unitsElement, $"{path}.units", errors)
            : null;
        if ((template is null) == (units is null))
            r.Error("units", "Give exactly one of 'units' and 'unitTemplate'.");
        if (eId is null || name is null || area is null || slug is null || kind is null)
            return null;
        return new AgencyDraft(path, eId, name, r.String("nameEn", required: false), kind.Value, area, slug,
            r.String("parent", required: false), r.String("serviceCentre", required: false),
            r.Strings("serves", required: false), template, units);
    }

    private static void CheckSlug(JsonObjectReader r, string? slug)
    {
        if (slug is not null && !SlugShape().IsMatch(slug))
            r.Error("slug", $"'{slug}' must be lower-case ASCII letters and digits.");
    }
}
