using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Api;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Reports;

/// <summary>
/// Báo cáo over HTTP: <c>GET /api/reports/{kind}?from=…&amp;to=…&amp;scope=Province|Commune|Agency&amp;code=…&amp;format=json|csv|xlsx</c>.
/// A signed-in officer is required; the scope is limited by <see cref="ReportAccess"/>.
/// </summary>
public static class ReportsApi
{
    /// <summary>The longest period one request may cover (a year and a day).</summary>
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(367);

    public static void MapReportsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/reports/{kind}", RunAsync).WithTags("Reports").WithName("Report").RequireAuthorization()
            .Produces(200).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Báo cáo: tình hình giải quyết, chỉ số 766, trễ hạn, xin lỗi, sổ theo dõi, rà soát / reports");
    }

    private static async Task<IResult> RunAsync(
        string kind, string? from, string? to, string? scope, string? code, string? format,
        HttpContext http, ReportService reports, OrganisationModel organisation, TimeProvider time, CancellationToken ct)
    {
        var args = new QueryArgs(http);
        var reportKind = args.Enum<ReportKind>("kind", kind);
        var start = args.Instant("from", from);
        var end = args.Instant("to", to);
        var scopeKind = args.Enum<ScopeKind>("scope", scope);
        var fileFormat = args.Enum<ReportFormat>("format", format) ?? ReportFormat.Json;
        if (args.Problem is { } problem)
            return problem;
        if (PeriodProblem(http, start, end, out var periodFrom, out var periodTo) is { } wrongPeriod)
            return wrongPeriod;

        var officer = http.Officer();
        var (resolved, status, vi, en) = ReportAccess.ScopeFor(officer, organisation, scopeKind, args.Text(code));
        if (resolved is null)
            return status == StatusCodes.Status403Forbidden ? ApiProblems.Forbidden(http, vi!, en!) : ApiProblems.Invalid(http, "code", vi!, en!);

        var period = new ReportPeriod(periodFrom, periodTo, resolved).AsOf(time.GetUtcNow());
        var (result, table) = await reports.RunAsync(reportKind!.Value, period, ct);
        return fileFormat switch
        {
            ReportFormat.Csv => Results.File(table.ToCsv(), ReportService.ContentType(fileFormat), ReportService.FileName(reportKind.Value, period, fileFormat)),
            ReportFormat.Xlsx => Results.File(table.ToExcel(), ReportService.ContentType(fileFormat), ReportService.FileName(reportKind.Value, period, fileFormat)),
            _ => Results.Ok(result),
        };
    }

    /// <summary>The located problem with a report period's bounds (both given, in order, at most <see cref="MaxPeriod"/>), or null.</summary>
    internal static IResult? PeriodProblem(HttpContext http, DateTimeOffset? start, DateTimeOffset? end, out DateTimeOffset from, out DateTimeOffset to)
    {
        (from, to) = (start ?? default, end ?? default);
        if (start is null)
            return ApiProblems.Missing(http, "from");
        if (end is null)
            return ApiProblems.Missing(http, "to");
        if (end <= start)
            return ApiProblems.Invalid(http, "to", "'to' phải sau 'from'.", "'to' must be after 'from'.");
        if (end - start > MaxPeriod)
            return ApiProblems.Invalid(http, "to", "Kỳ báo cáo dài nhất là một năm.", "A report covers at most a year.");
        return null;
    }
}
