using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Hosting;

namespace TthcFlow.Engine.Organisation;

/// <summary>
/// The organisation over HTTP (tổ chức): the province, its communes and wards, agencies with
/// their units, roles — what the designer's unit and role pickers and the inbox read.
/// </summary>
public static class OrganisationApi
{
    public static void MapOrganisationApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/organisation").WithTags("Organisation");
        group.MapGet("/", (OrganisationModel org) => Results.Ok(new
        {
            Province = UnitView.From(org.Province),
            Communes = org.Communes.Count,
            Agencies = org.Agencies.Count,
            Roles = org.RoleList,
        })).WithSummary("Tỉnh, số xã/phường, số cơ quan, vai trò / province summary");

        group.MapGet("/roles", (OrganisationModel org) => Results.Ok(org.RoleList))
            .WithSummary("Vai trò / roles");

        group.MapGet("/communes", (OrganisationModel org) => Results.Ok(org.Communes.Select(UnitView.From)))
            .WithSummary("Xã, phường / communes and wards");

        group.MapGet("/agencies", (AgencyKind? kind, string? area, string? q, OrganisationModel org) =>
        {
            IEnumerable<Agency> agencies = org.Agencies;
            if (kind is { } k) agencies = agencies.Where(a => a.Kind == k);
            if (!string.IsNullOrWhiteSpace(area)) agencies = agencies.Where(a => a.AreaCode == area || a.ServedArea.Contains(area));
            if (!string.IsNullOrWhiteSpace(q))
                agencies = agencies.Where(a => a.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase) || a.EId.Contains(q, StringComparison.OrdinalIgnoreCase));
            return Results.Ok(agencies.Select(AgencyView.From));
        }).WithSummary("Cơ quan, đơn vị (lọc theo loại, địa bàn, tên) / agencies");

        group.MapGet("/agencies/{eId}", (string eId, HttpContext http, OrganisationModel org) =>
            org.FindAgency(eId) is { } agency
                ? Results.Ok(new { Agency = AgencyView.From(agency), agency.Units, agency.ServedArea })
                : Problems.NotFound(http, $"Không có cơ quan mã định danh '{eId}'.", $"No agency with e-ID '{eId}'."))
            .WithSummary("Một cơ quan và các đơn vị của nó / one agency with its units");
    }

    private sealed record UnitView(string Code, string Name, string FullName, AdministrativeUnitType Type, AdministrativeLevel Level)
    {
        public static UnitView From(AdministrativeUnit u) => new(u.Code, u.Name, u.FullName, u.Type, u.Level);
    }

    private sealed record AgencyView(string EId, string Name, string? NameEn, AgencyKind Kind, AdministrativeLevel Level, string AreaCode, string? ParentEId, string? ServiceCentreEId)
    {
        public static AgencyView From(Agency a) => new(a.EId, a.Name, a.NameEn, a.Kind, a.Level, a.AreaCode, a.ParentEId, a.ServiceCentreEId);
    }
}
