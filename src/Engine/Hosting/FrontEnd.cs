using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace TthcFlow.Engine.Hosting;

/// <summary>
/// Serves the browser front end (designer, public procedure catalogue) built into
/// <c>wwwroot/app</c>: its files as static files, and <c>index.html</c> for every other path that is
/// not an API route, so the app's own routes (<c>/designer/…</c>, <c>/procedures</c>) load on refresh.
/// </summary>
public static class FrontEnd
{
    private const string Folder = "wwwroot/app";

    public static WebApplication MapFrontEnd(this WebApplication app)
    {
        var root = Locate(app.Environment);
        if (root is null)
        {
            app.Logger.LogWarning("The front-end bundle ({Folder}/index.html) is missing; only the API is served. Build without -p:SkipClientApp=true to include it.", Folder);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = context =>
            {
                // Vite names bundled assets by their content hash: they never change under one name.
                if (context.Context.Request.Path.StartsWithSegments("/assets"))
                    context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
            },
        });

        var index = files.GetFileInfo("index.html");
        app.MapFallback("{*path:nonfile}", async (HttpContext http) =>
        {
            var path = http.Request.Path;
            if (path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health"))
                return Problems.NotFound(http, $"Không có địa chỉ {path}.", $"There is nothing at {path}.");
            http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(index, http.RequestAborted);
            return Results.Empty;
        }).ExcludeFromDescription();
        return app;
    }

    private static string? Locate(IWebHostEnvironment environment) =>
        new[] { environment.ContentRootPath, AppContext.BaseDirectory }
            .Select(b => Path.GetFullPath(Path.Combine(b, Folder)))
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "index.html")));
}
