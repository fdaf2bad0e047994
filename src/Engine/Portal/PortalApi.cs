using TthcFlow.Definitions.Organisation;
using TthcFlow.Engine.Dossiers.Api;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Portal;

/// <summary>Body of a requeue: one message by id, the dead letters of one dossier by its code, or (both absent) every dead letter.</summary>
public sealed record RequeueRequest(long? Id, string? DossierCode);

/// <summary>How many dead letters went back to the queue.</summary>
public sealed record RequeueResult(int Requeued);

/// <summary>
/// The portal sync over HTTP: the reconciliation report
/// (<c>GET /api/reports/portal-sync?from=…&amp;to=…&amp;scope=…&amp;code=…</c>, scoped like every report by
/// <see cref="ReportAccess"/>), and for a province leader the dead-letter list
/// (<c>GET /api/admin/portal/dead-letters</c>) and its requeue (<c>POST /api/admin/portal/dead-letters/requeue</c>).
/// </summary>
public static class PortalApi
{
    public static void MapPortalApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/reports/portal-sync", ReportAsync).WithTags("Reports").WithName("PortalSyncReport").RequireAuthorization()
            .Produces<PortalSyncReconciliation>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Đối soát đồng bộ Cổng DVC quốc gia / national-portal sync reconciliation");
        var admin = routes.MapGroup("/admin/portal/dead-letters").WithTags("Portal").RequireAuthorization();
        admin.MapGet("", DeadLettersAsync).WithName("PortalDeadLetters").Produces<IReadOnlyList<DeadLetter>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Bản tin đồng bộ gửi lỗi / status messages on the dead-letter list");
        admin.MapPost("/requeue", RequeueAsync).WithName("PortalRequeue").Accepts<RequeueRequest>("application/json")
            .Produces<RequeueResult>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Gửi lại bản tin lỗi / put dead letters back in the queue");
    }

    private static async Task<IResult> ReportAsync(string? from, string? to, string? scope, string? code,
        HttpContext http, PortalSyncReport report, OrganisationModel organisation, TimeProvider time, CancellationToken ct)
    {
        var args = new QueryArgs(http);
        var start = args.Instant("from", from);
        var end = args.Instant("to", to);
        var scopeKind = args.Enum<ScopeKind>("scope", scope);
        if (args.Problem is { } problem)
            return problem;
        if (ReportsApi.PeriodProblem(http, start, end, out var periodFrom, out var periodTo) is { } wrongPeriod)
            return wrongPeriod;
        var (resolved, status, vi, en) = ReportAccess.ScopeFor(http.Officer(), organisation, scopeKind, args.Text(code));
        if (resolved is null)
            return status == StatusCodes.Status403Forbidden ? ApiProblems.Forbidden(http, vi!, en!) : ApiProblems.Invalid(http, "code", vi!, en!);
        return Results.Ok(await report.RunAsync(new ReportPeriod(periodFrom, periodTo, resolved), ct));
    }

    private static async Task<IResult> DeadLettersAsync(string? limit, HttpContext http, PortalOutbox outbox, OrganisationModel organisation, CancellationToken ct)
    {
        if (Refuse(http, organisation) is { } refused)
            return refused;
        var args = new QueryArgs(http);
        int take = args.Int("limit", limit, 100, 1, 1000);
        if (args.Problem is { } problem)
            return problem;
        return Results.Ok(await outbox.DeadLettersAsync(take, ct));
    }

    private static async Task<IResult> RequeueAsync(HttpContext http, PortalOutbox outbox, OrganisationModel organisation, CancellationToken ct)
    {
        if (Refuse(http, organisation) is { } refused)
            return refused;
        var read = await JsonRequest.ReadAsync<RequeueRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        var body = read.Value!;
        if (body.Id is <= 0)
            return ApiProblems.Invalid(http, "id", "Mã bản tin phải là số dương.", "The message id must be positive.");
        if (body.DossierCode is { } c && string.IsNullOrWhiteSpace(c))
            return ApiProblems.Invalid(http, "dossierCode", "Mã hồ sơ không được để trống.", "The dossier code must not be blank.");
        return Results.Ok(new RequeueResult(await outbox.RequeueAsync(body.Id, body.DossierCode?.Trim(), ct)));
    }

    /// <summary>The dead-letter list is the province's: only a province leader (see <see cref="ReportAccess.IsProvinceLeader"/>) sees and requeues it.</summary>
    private static IResult? Refuse(HttpContext http, OrganisationModel organisation) =>
        ReportAccess.IsProvinceLeader(http.Officer(), organisation)
            ? null
            : ApiProblems.Forbidden(http, "Chỉ lãnh đạo tỉnh được xem và gửi lại bản tin đồng bộ lỗi.",
                "Only a province leader may see and requeue failed portal messages.");
}
