using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Security;

/// <summary>
/// The signed-in officer carried in the session cookie: user name, full name, agency e-ID, unit
/// code and roles — everything a command needs as its <see cref="ActingOfficer"/>.
/// </summary>
public static class OfficerClaims
{
    public const string FullName = "tthcflow:full_name";
    public const string Agency = "tthcflow:agency";
    public const string Unit = "tthcflow:unit";

    /// <summary>When the officer signed in (ISO 8601, UTC): the start of the session's absolute limit.</summary>
    public const string SignedInAt = "tthcflow:signed_in_at";

    public static ClaimsPrincipal Principal(ActingOfficer officer, DateTimeOffset signedInAt)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, officer.UserName),
            new(FullName, officer.FullName),
            new(Agency, officer.AgencyEId),
            new(Unit, officer.UnitCode),
            new(SignedInAt, signedInAt.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)),
        };
        claims.AddRange(officer.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    /// <summary>The officer of an authenticated principal; null when it is anonymous or lacks a claim.</summary>
    public static ActingOfficer? Officer(this ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return null;
        string? name = user.FindFirstValue(ClaimTypes.Name), full = user.FindFirstValue(FullName),
            agency = user.FindFirstValue(Agency), unit = user.FindFirstValue(Unit);
        if (name is null || full is null || agency is null || unit is null)
            return null;
        return new ActingOfficer(name, full, agency, unit, user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray());
    }

    /// <summary>The signed-in officer of a request behind <c>RequireAuthorization</c>.</summary>
    public static ActingOfficer Officer(this HttpContext http) =>
        http.User.Officer() ?? throw new InvalidOperationException("The endpoint requires a signed-in officer.");
}
