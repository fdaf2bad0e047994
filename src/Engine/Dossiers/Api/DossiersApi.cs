using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Hồ sơ over HTTP, for signed-in officers: filing at the one-stop desk, the dossier with its
/// tracking sheet (phiếu kiểm soát), the receipt decision on an online dossier, recording a
/// supplement, and the agency's logbook (sổ theo dõi hồ sơ). An officer sees a dossier only if
/// their agency received it, decides it or holds one of its steps.
/// </summary>
public static class DossiersApi
{
    private const int LogbookPageSize = 100;

    public static void MapDossiersApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/dossiers").WithTags("Dossiers").RequireAuthorization()
            .ProducesProblem(401).ProducesProblem(403);
        group.MapPost("/", SubmitAsync).WithName("SubmitDossier")
            .Accepts<FilingRequest>("application/json").Produces<DossierSummary>(201).ProducesProblem(400).ProducesProblem(404)
            .WithSummary("Tiếp nhận hồ sơ tại Bộ phận Một cửa (kênh 1, 3) / file a dossier at the desk");
        group.MapGet("/{id:long}", async (long id, HttpContext http, DossierQueries queries, CancellationToken ct) =>
                Detail(http, await queries.FindAsync(id, ct), $"{id}"))
            .WithName("GetDossier").Produces<DossierDetail>().ProducesProblem(404)
            .WithSummary("Hồ sơ và phiếu kiểm soát quá trình giải quyết / a dossier with its tracking sheet");
        group.MapGet("/by-code/{code}", async (string code, HttpContext http, DossierQueries queries, CancellationToken ct) =>
                Detail(http, await queries.FindByCodeAsync(code, ct), code))
            .WithName("GetDossierByCode").Produces<DossierDetail>().ProducesProblem(404)
            .WithSummary("Hồ sơ theo mã hồ sơ / a dossier by its code");
        group.MapPost("/{id:long}/receipt", DecideReceiptAsync).WithName("DecideReceipt")
            .Accepts<ReceiptRequest>("application/json").Produces<DossierSummary>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Tiếp nhận, yêu cầu bổ sung hoặc từ chối hồ sơ trực tuyến / decide on an online dossier");
        group.MapPost("/{id:long}/supplement-received", RecordSupplementAsync).WithName("RecordSupplement")
            .Produces<DossierSummary>().ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Ghi nhận công dân đã bổ sung hồ sơ / record the citizen's supplement");
        group.MapPost("/{id:long}/postal-delivery", ConfirmPostalDeliveryAsync).WithName("ConfirmPostalDelivery")
            .Accepts<PostalDeliveryRequest>("application/json").Produces<DossierSummary>().ProducesProblem(400).ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Xác nhận bưu chính đã phát kết quả / record the post's delivery of the result");

        routes.MapGet("/logbook", LogbookAsync).WithTags("Dossiers").WithName("Logbook").RequireAuthorization()
            .Produces<LogbookPage>().ProducesProblem(400).ProducesProblem(401)
            .WithSummary("Sổ theo dõi hồ sơ của cơ quan / the agency's logbook");
    }

    /// <summary>A page of the logbook.</summary>
    public sealed record LogbookPage(IReadOnlyList<LogbookLine> Items, int Page, int PageSize, DateTimeOffset From, DateTimeOffset To);

    private static async Task<IResult> SubmitAsync(HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<FilingRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        var request = read.Value!;
        if (request.MissingField(online: false) is { } missing)
            return ApiProblems.Missing(http, missing);
        if (request.Channel is not (SubmissionChannel.InPerson or SubmissionChannel.PublicPost))
            return ApiProblems.Invalid(http, "channel",
                "Tại Bộ phận Một cửa chỉ tiếp nhận kênh 1 (trực tiếp) hoặc 3 (bưu chính công ích); hồ sơ trực tuyến nộp qua cổng dịch vụ công.",
                "The desk files channel 1 (in person) or 3 (post); online dossiers come through the public portal.");
        var officer = http.Officer();
        var command = request.ToCommand(request.Channel.Value, officer.AgencyEId, officer);
        return await DossierVersions.ExecuteAsync(http, pipeline, command, ct,
            created: d => Results.Created($"/api/dossiers/{d.Id}", d));
    }

    private static IResult Detail(HttpContext http, DossierDetail? detail, string asked)
    {
        if (detail is null)
            return ApiProblems.NotFound(http, $"Không có hồ sơ '{asked}'.", $"No dossier '{asked}'.");
        if (Invisible(http, detail) is { } refused)
            return refused;
        http.Response.Headers.ETag = DossierVersions.ETag(detail.Dossier.Version);
        return Results.Ok(detail);
    }

    /// <summary>A 403 with the reason when the signed-in officer's agency has nothing to do with the dossier.</summary>
    internal static IResult? Invisible(HttpContext http, DossierDetail detail)
    {
        var officer = http.Officer();
        if (detail.VisibleTo(officer))
            return null;
        var code = detail.Dossier.Code;
        return ApiProblems.Forbidden(http,
            $"Hồ sơ {code} không thuộc cơ quan của bạn ({officer.AgencyEId}): cơ quan bạn không tiếp nhận, không giải quyết và không xử lý bước nào của hồ sơ.",
            $"Dossier {code} is not your agency's ({officer.AgencyEId}): it neither received nor decides it, nor holds any of its steps.");
    }

    private static async Task<IResult> DecideReceiptAsync(long id, HttpContext http, CommitPipeline pipeline, DossierQueries queries, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<ReceiptRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        var request = read.Value!;
        if (request.Decision is not { } decision)
            return ApiProblems.Missing(http, "decision");
        if (await Refusal(http, queries, id, ct) is { } refused)
            return refused;
        return await DossierVersions.ExecuteAsync(http, pipeline,
            new DecideReceipt(id, decision, http.Officer(), request.Reason, request.MissingItems), ct);
    }

    private static async Task<IResult> RecordSupplementAsync(long id, HttpContext http, CommitPipeline pipeline, DossierQueries queries, CancellationToken ct)
    {
        if (await Refusal(http, queries, id, ct) is { } refused)
            return refused;
        return await DossierVersions.ExecuteAsync(http, pipeline, new RecordSupplement(id, http.Officer()), ct);
    }

    private static async Task<IResult> ConfirmPostalDeliveryAsync(long id, HttpContext http, DossierQueries queries, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<PostalDeliveryRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (read.Value!.DeliveredAt is not { } delivered)
            return ApiProblems.Missing(http, "deliveredAt");
        if (await Refusal(http, queries, id, ct) is { } refused)
            return refused;
        return await DossierVersions.ExecuteAsync(http, pipeline, new ConfirmPostalDelivery(id, delivered, http.Officer()), ct);
    }

    /// <summary>404 for an unknown dossier, 403 for one outside the officer's agency; null when the command may go ahead.</summary>
    private static async Task<IResult?> Refusal(HttpContext http, DossierQueries queries, long id, CancellationToken ct)
    {
        var detail = await queries.FindAsync(id, ct);
        return detail is null ? ApiProblems.NotFound(http, $"Không có hồ sơ {id}.", $"No dossier {id}.") : Invisible(http, detail);
    }

    private static async Task<IResult> LogbookAsync(string? from, string? to, string? page, HttpContext http,
        DossierQueries queries, TimeProvider time, CancellationToken ct)
    {
        var args = new QueryArgs(http);
        var end = args.Instant("to", to) ?? time.GetUtcNow();
        var start = args.Instant("from", from) ?? end.AddDays(-30);
        int number = args.Int("page", page, 1, 1, int.MaxValue);
        if (args.Problem is { } problem)
            return problem;
        var officer = http.Officer();
        var lines = await queries.LogbookAsync(officer.AgencyEId, start, end, (number - 1) * LogbookPageSize, LogbookPageSize, ct);
        return Results.Ok(new LogbookPage(lines, number, LogbookPageSize, start, end));
    }
}
