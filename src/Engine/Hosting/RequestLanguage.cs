namespace TthcFlow.Engine.Hosting;

/// <summary>Vietnamese first: English only when the request's Accept-Language prefers it.</summary>
public static class RequestLanguage
{
    public static bool PrefersEnglish(HttpContext context)
    {
        var languages = context.Request.GetTypedHeaders().AcceptLanguage;
        var best = languages.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault();
        return best is not null && best.Value.Value?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>Picks the message for the request's language.</summary>
    public static string Pick(HttpContext context, string vietnamese, string english) =>
        PrefersEnglish(context) ? english : vietnamese;
}
