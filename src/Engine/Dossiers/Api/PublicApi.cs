using TthcFlow.Definitions.Procedures;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Queries;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// What citizens reach without signing in: online filing (nộp hồ sơ trực tuyến, channel 2; the
/// dossier waits in status 1 for the desk) and the status look-up (tra cứu hồ sơ) by dossier code
/// plus the applicant's ID number, which returns status and dates only.
/// </summary>
public static class PublicApi
{
    /// <summary>The citizen's receipt of an online filing: the dossier code to quote, and the status.</summary>
    public sealed record FiledOnline(string Code, NationalStatus Status);

    public static void MapPublicApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/public").WithTags("Public").AllowAnonymous();
        group.MapPost("/dossiers", FileOnlineAsync).WithName("FileOnline")
            .Accepts<FilingRequest>("application/json").Produces<FiledOnline>(201).ProducesProblem(400).ProducesProblem(404)
            .WithSummary("Nộp hồ sơ trực tuyến (kênh 2) / file a dossier online");
        group.MapGet("/status", LookUpAsync).WithName("LookUpStatus")
            .Produces<PublicStatus>().ProducesProblem(400).ProducesProblem(404)
            .WithSummary("Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số định danh / status by code and ID number");
    }

    private static async Task<IResult> FileOnlineAsync(HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<FilingRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        var request = read.Value!;
        if (request.MissingField(online: true) is { } missing)
            return ApiProblems.Missing(http, missing);
        if (request.Channel is { } channel && channel != SubmissionChannel.Online)
            return ApiProblems.Invalid(http, "channel", "Hồ sơ nộp trực tuyến có kênh 2.", "An online filing is channel 2.");
        var command = request.ToCommand(SubmissionChannel.Online, request.ReceivingAgencyEId!.Trim(), officer: null);
        var result = await pipeline.ExecuteAsync(command, ct);
        if (result.Error is { } error)
            return ApiProblems.Refused(http, error);
        return Results.Created((string?)null, new FiledOnline(result.Dossier!.Code, result.Dossier.Status));
    }

    private static async Task<IResult> LookUpAsync(string? code, string? idNumber, HttpContext http, DossierQueries queries, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
            return ApiProblems.Missing(http, "code");
        if (string.IsNullOrWhiteSpace(idNumber))
            return ApiProblems.Missing(http, "idNumber");
        var status = await queries.LookUpAsync(code.Trim(), idNumber.Trim(), ct);
        return status is null
            ? ApiProblems.NotFound(http, "Không tìm thấy hồ sơ có mã và số định danh này.", "No dossier with this code and ID number.")
            : Results.Ok(status);
    }
}
