using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace TthcFlow.Engine.Security;

/// <summary>
/// Thời hạn phiên làm việc (configuration section <c>TthcFlow:Session</c>): the cookie slides while
/// the officer works and lapses after <see cref="IdleTimeout"/> without a request; however busy, a
/// session ends <see cref="AbsoluteLimit"/> after signing in.
/// </summary>
public sealed class SessionLimits
{
    public const string Section = "TthcFlow:Session";

    /// <summary>Sliding expiry (default 4 hours: the lunch break of an office day fits in it).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The longest a session lives after signing in (default 12 hours).</summary>
    public TimeSpan AbsoluteLimit { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Refuses a session cookie older than the absolute limit (the officer must sign in again).</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedIn = context.Principal?.FindFirstValue(OfficerClaims.SignedInAt);
        if (signedIn is not null
            && DateTimeOffset.TryParse(signedIn, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            && now - at < AbsoluteLimit)
            return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}
