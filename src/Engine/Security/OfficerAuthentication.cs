using Microsoft.AspNetCore.Authentication.Cookies;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Api;

namespace TthcFlow.Engine.Security;

/// <summary>
/// Đăng nhập cán bộ — cookie authentication of officers. The cookie <c>tthcflow.officer</c> is
/// HttpOnly, SameSite=Strict (no cross-site request carries it, so no antiforgery token is needed),
/// Secure when the request is HTTPS, sliding with an absolute limit (<see cref="SessionLimits"/>);
/// the API never redirects: a request without a session gets 401, a refused one 403, both as ProblemDetails.
/// </summary>
public static class OfficerAuthentication
{
    public const string CookieName = "tthcflow.officer";

    public static IServiceCollection AddOfficerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var password = configuration["TthcFlow:DemoPassword"];
        var session = configuration.GetSection(SessionLimits.Section).Get<SessionLimits>() ?? new SessionLimits();
        services.AddSingleton(session);
        services.AddSignInRateLimiting(configuration);
        services.AddSingleton(sp => OfficerDirectory.ForDemo(sp.GetRequiredService<OrganisationModel>(),
            string.IsNullOrEmpty(password) ? OfficerDirectory.DefaultDemoPassword : password));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = session.IdleTimeout;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = session.ValidateAsync;
                o.Events.OnRedirectToLogin = c => WriteAsync(c.HttpContext, ApiProblems.Unauthenticated(c.HttpContext,
                    "Cần đăng nhập bằng tài khoản cán bộ.", "Sign in as an officer first."));
                o.Events.OnRedirectToAccessDenied = c => WriteAsync(c.HttpContext, ApiProblems.Forbidden(c.HttpContext,
                    "Tài khoản của bạn không được phép thực hiện thao tác này.", "Your account may not do this."));
            });
        services.AddOfficerPolicies();
        return services;
    }

    private static Task WriteAsync(HttpContext http, IResult problem) => problem.ExecuteAsync(http);
}
