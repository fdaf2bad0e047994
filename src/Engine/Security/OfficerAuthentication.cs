using Microsoft.AspNetCore.Authentication.Cookies;
using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Api;

namespace TthcFlow.Engine.Security;

/// <summary>
/// Đăng nhập cán bộ — cookie authentication of officers. The cookie <c>tthcflow.officer</c> is
/// HttpOnly and SameSite=Strict; the API never redirects: a request without a session gets 401,
/// a refused one 403, both as ProblemDetails.
/// </summary>
public static class OfficerAuthentication
{
    public const string CookieName = "tthcflow.officer";

    public static IServiceCollection AddOfficerAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var password = configuration["TthcFlow:DemoPassword"];
        services.AddSingleton(sp => OfficerDirectory.ForDemo(sp.GetRequiredService<OrganisationModel>(),
            string.IsNullOrEmpty(password) ? OfficerDirectory.DefaultDemoPassword : password));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
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
