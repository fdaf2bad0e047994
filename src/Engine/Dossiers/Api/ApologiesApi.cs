using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>Body of issuing a văn bản xin lỗi: the reason, the new return date (hẹn lại) and the explanation.</summary>
public sealed record IssueApologyRequest(string? Reason, DateTimeOffset? NewReturnAt, string? Explanation);

/// <summary>Body of foreseeing a late step (dự kiến trễ hạn): an optional reason.</summary>
public sealed record ForeseeLateRequest(string? Reason);

/// <summary>
/// Văn bản xin lỗi và hẹn lại ngày trả kết quả over HTTP: the signer's queue of owed apologies,
/// issuing one, foreseeing a late step, and the public list and printable letter of issued ones
/// (công khai). The public list carries no personal data; a letter is public only once issued.
/// </summary>
public static class ApologiesApi
{
    public static void MapApologiesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/apologies/owed", async (HttpContext http, ApologyQueries queries, CancellationToken ct) =>
                Results.Ok(await queries.OwedToSignAsync(http.Officer(), ct)))
            .WithTags("Apologies").RequireAuthorization().WithName("OwedApologies").Produces<IReadOnlyList<Apology>>().ProducesProblem(401)
            .WithSummary("Văn bản xin lỗi chờ ký / apologies owed by the signer");
        routes.MapPost("/dossiers/{id:long}/apologies/{apologyId:long}/issue", IssueAsync)
            .WithTags("Apologies").RequireAuthorization().WithName("IssueApology").Accepts<IssueApologyRequest>("application/json")
            .Produces<DossierSummary>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Ký ban hành văn bản xin lỗi / issue an apology letter");
        routes.MapGet("/dossiers/{id:long}/apologies/{apologyId:long}/letter", DeskLetterAsync)
            .WithTags("Apologies").RequireAuthorization().WithName("DossierApologyLetter").Produces<ApologyLetter>()
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .WithSummary("Văn bản xin lỗi để in tại Bộ phận Một cửa / the letter as printed for the citizen (draft while owed)");
        routes.MapPost("/tasks/{id:long}/foresee-late", ForeseeAsync)
            .WithTags("Apologies").RequireAuthorization().WithName("ForeseeLate").Accepts<ForeseeLateRequest>("application/json")
            .Produces<DossierSummary>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Báo trước bước sẽ trễ hạn / foresee that a step will be late");
        var pub = routes.MapGroup("/public/apologies").WithTags("Public").AllowAnonymous();
        pub.MapGet("", ListAsync).WithName("PublicApologies").Produces<IReadOnlyList<PublicApology>>().ProducesProblem(400)
            .WithSummary("Danh sách công khai văn bản xin lỗi / public list of apology letters");
        pub.MapGet("/{id:long}/letter", LetterAsync).WithName("ApologyLetter").Produces<ApologyLetter>().ProducesProblem(404)
            .WithSummary("Nội dung văn bản xin lỗi để in / an issued letter's fields for printing");
    }

    private static async Task<IResult> IssueAsync(long id, long apologyId, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<IssueApologyRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        var body = read.Value!;
        if (string.IsNullOrWhiteSpace(body.Reason))
            return ApiProblems.Missing(http, "reason");
        if (string.IsNullOrWhiteSpace(body.Explanation))
            return ApiProblems.Missing(http, "explanation");
        return await DossierVersions.ExecuteAsync(http, pipeline,
            new IssueApology(id, apologyId, http.Officer(), body.Reason.Trim(), body.NewReturnAt, body.Explanation.Trim()), ct);
    }

    private static async Task<IResult> ForeseeAsync(long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        string? reason = null;
        if (http.Request.ContentLength is > 0 || http.Request.ContentType is not null)
        {
            var read = await JsonRequest.ReadAsync<ForeseeLateRequest>(http, ct);
            if (read.Problem is { } problem)
                return problem;
            reason = string.IsNullOrWhiteSpace(read.Value!.Reason) ? null : read.Value.Reason.Trim();
        }
        return await DossierVersions.ExecuteAsync(http, pipeline, new ForeseeLate(id, http.Officer(), reason), ct);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ApologyQueries queries, string? agency, string? from, string? take, CancellationToken ct)
    {
        var args = new QueryArgs(http);
        var since = args.Instant("from", from);
        var count = args.Int("take", take, 100, 1, 500);
        if (args.Problem is { } problem)
            return problem;
        return Results.Ok(await queries.PublicListAsync(args.Text(agency), since, count, ct));
    }

    /// <summary>
    /// The letter as handed to the citizen (names and ID number whole), for officers who may see the
    /// dossier; an owed apology reads as its draft (no number, no date yet).
    /// </summary>
    private static async Task<IResult> DeskLetterAsync(long id, long apologyId, HttpContext http, DossierQueries dossiers,
        ApologyQueries queries, CancellationToken ct)
    {
        var detail = await dossiers.FindAsync(id, ct);
        if (detail is null)
            return ApiProblems.NotFound(http, $"Không có hồ sơ {id}.", $"No dossier {id}.");
        if (DossiersApi.Invisible(http, detail) is { } refused)
            return refused;
        if (detail.Apologies.All(a => a.Id != apologyId) || await queries.LetterAsync(apologyId, ct) is not { } letter)
            return ApiProblems.NotFound(http, $"Hồ sơ {detail.Dossier.Code} không có văn bản xin lỗi số {apologyId}.",
                $"Dossier {detail.Dossier.Code} has no apology {apologyId}.");
        return Results.Ok(letter);
    }

    private static async Task<IResult> LetterAsync(long id, HttpContext http, ApologyQueries queries, CancellationToken ct)
    {
        // Only an issued letter is in the public list; an owed draft is the signer's business alone.
        var letter = await queries.LetterAsync(id, ct);
        return letter is { Status: ApologyStatus.Issued }
            ? Results.Ok(letter.ForPublic())
            : ApiProblems.NotFound(http, $"Không có văn bản xin lỗi đã ban hành số {id}.", $"No issued apology letter {id}.");
    }
}
