using System.Globalization;
using Microsoft.Net.Http.Headers;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Phiên bản hồ sơ over HTTP: the dossier's version as the entity tag <c>"v{n}"</c>, the
/// <c>If-Match</c> header read as the command's expected version, and a command's answer
/// (the dossier summary with its new tag, or the refusal as ProblemDetails).
/// </summary>
public static class DossierVersions
{
    public static string ETag(int version) => $"\"v{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>The version <c>If-Match</c> names; null when absent or <c>*</c>; a 400 when it is not <c>"v{n}"</c>.</summary>
    public static (int? Version, IResult? Problem) Expected(HttpContext http)
    {
        var header = http.Request.Headers[HeaderNames.IfMatch].ToString().Trim();
        if (header.Length == 0 || header == "*")
            return (null, null);
        var tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (tag.Length > 3 && tag[0] == '"' && tag[^1] == '"' && tag[1] == 'v'
            && int.TryParse(tag.AsSpan(2, tag.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out int version))
            return (version, null);
        return (null, ApiProblems.Invalid(http, "If-Match",
            "Tiêu đề If-Match phải có dạng \"v{số phiên bản}\", như ETag của hồ sơ.",
            "If-Match must be \"v{version}\", as in the dossier's ETag."));
    }

    /// <summary>Runs a command through the write path and answers with the dossier summary and its ETag, or the refusal.</summary>
    public static async Task<IResult> ExecuteAsync(HttpContext http, CommitPipeline pipeline, DossierCommand command,
        CancellationToken ct, Func<DossierSummary, IResult>? created = null)
    {
        var (expected, problem) = Expected(http);
        if (problem is not null)
            return problem;
        var result = await pipeline.ExecuteAsync(command with { ExpectedVersion = expected }, ct);
        if (result.Error is { } error)
            return ApiProblems.Refused(http, error);
        var dossier = result.Dossier!;
        http.Response.Headers.ETag = ETag(dossier.Version);
        return created?.Invoke(dossier) ?? Results.Ok(dossier);
    }
}
