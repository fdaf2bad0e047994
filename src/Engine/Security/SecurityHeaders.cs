namespace TthcFlow.Engine.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, no referrer, no framing (clickjacking), and a
/// Content-Security-Policy that lets the browser bundle run from this origin only. Styles allow
/// <c>'unsafe-inline'</c> because the diagram library positions nodes with style attributes; no
/// script is inline or evaluated.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers when the response starts, so error pages written later carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    });
}
