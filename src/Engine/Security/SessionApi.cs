using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Api;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Organisation;

namespace TthcFlow.Engine.Security;

/// <summary>An officer as the browser shows them: identity, agency and unit with their names, roles.</summary>
public sealed record OfficerView(
    string UserName, string FullName, string AgencyEId, string AgencyName, string UnitCode, string UnitName, IReadOnlyList<string> Roles)
{
    public static OfficerView Of(ActingOfficer o, OrganisationModel organisation)
    {
        var agency = organisation.FindAgency(o.AgencyEId);
        return new(o.UserName, o.FullName, o.AgencyEId, agency?.Name ?? o.AgencyEId, o.UnitCode,
            agency?.FindUnit(o.UnitCode)?.Name ?? o.UnitCode, o.Roles);
    }
}

/// <summary>The sign-in request.</summary>
public sealed record SignInRequest(string? UserName, string? Password);

/// <summary>Phiên làm việc — sign in, who am I, sign out; and the colleagues an officer may hand a task to.</summary>
public static class SessionApi
{
    public static void MapSessionApi(this IEndpointRouteBuilder routes)
    {
        var session = routes.MapGroup("/session").WithTags("Session");
        session.MapPost("/", SignInAsync).WithName("SignIn").AllowAnonymous().RequireRateLimiting(SignInRateLimiting.Policy)
            .Accepts<SignInRequest>("application/json").Produces<OfficerView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429)
            .WithSummary("Đăng nhập cán bộ (cookie tthcflow.officer) / sign in");
        session.MapGet("/", (HttpContext http, OrganisationModel organisation) => Results.Ok(OfficerView.Of(http.Officer(), organisation)))
            .WithName("CurrentOfficer").RequireAuthorization().Produces<OfficerView>().ProducesProblem(401)
            .WithSummary("Cán bộ đang đăng nhập / the signed-in officer");
        session.MapDelete("/", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        }).WithName("SignOut").AllowAnonymous().WithSummary("Đăng xuất / sign out");

        routes.MapGet("/officers", Colleagues).WithTags("Session").WithName("ListOfficers").RequireAuthorization()
            .Produces<IEnumerable<OfficerView>>().ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Cán bộ cùng cơ quan (lọc theo đơn vị, vai trò) để phân công lại / colleagues for reassignment");
    }

    private static async Task<IResult> SignInAsync(HttpContext http, OfficerDirectory directory, SignInThrottle throttle,
        TimeProvider time, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<SignInRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        var request = read.Value!;
        if (string.IsNullOrWhiteSpace(request.UserName))
            return ApiProblems.Missing(http, "userName");
        if (string.IsNullOrEmpty(request.Password))
            return ApiProblems.Missing(http, "password");
        if (throttle.WaitFor(request.UserName) is { } wait)
            return SignInRateLimiting.TooManyAttempts(http, wait);
        if (directory.Verify(request.UserName, request.Password) is not { } found)
        {
            throttle.Failed(request.UserName);
            return ApiProblems.Unauthenticated(http, "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.");
        }
        var officer = OfficerDirectory.Acting(found);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, OfficerClaims.Principal(officer, time.GetUtcNow()));
        return Results.Ok(OfficerView.Of(officer, directory.Organisation));
    }

    private static IResult Colleagues(string? agency, string? unit, string? role, HttpContext http, OfficerDirectory directory)
    {
        var me = http.Officer();
        var agencyEId = string.IsNullOrWhiteSpace(agency) ? me.AgencyEId : agency.Trim();
        if (agencyEId != me.AgencyEId)
            return ApiProblems.Forbidden(http, "Chỉ xem được danh sách cán bộ của cơ quan mình.", "You may list only the officers of your own agency.");
        IEnumerable<DemoOfficer> found = directory.Officers.Where(o => o.AgencyEId == agencyEId);
        if (!string.IsNullOrWhiteSpace(unit)) found = found.Where(o => o.UnitCode == unit.Trim());
        if (!string.IsNullOrWhiteSpace(role)) found = found.Where(o => o.Role == role.Trim());
        return Results.Ok(found.Select(o => OfficerView.Of(OfficerDirectory.Acting(o), directory.Organisation)));
    }
}
