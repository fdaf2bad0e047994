using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>Body of tạm dừng (suspending) a dossier's clock.</summary>
public sealed record SuspendRequest(string? Reason);

/// <summary>Body of ending a dossier: rút hồ sơ at the applicant's request, or dừng xử lý.</summary>
public sealed record EndRequest(string? Reason, bool? ByApplicant);

/// <summary>Body of the leader's decision (phê duyệt) on a second supplement request.</summary>
public sealed record SupplementDecisionRequest(bool? Approve);

/// <summary>
/// The dossier's clock over HTTP: tạm dừng / tiếp tục xử lý, rút hồ sơ or dừng xử lý, and the
/// leader's approval of a repeated yêu cầu bổ sung. Authority is the command's to decide.
/// </summary>
public static class ClockApi
{
    public static void MapClockApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/dossiers/{id:long}").WithTags("Dossiers").RequireAuthorization()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/suspend", SuspendAsync).WithName("SuspendDossier").Accepts<SuspendRequest>("application/json").Produces<DossierSummary>()
            .WithSummary("Tạm dừng xử lý hồ sơ / suspend the dossier's clock");
        group.MapPost("/resume", (long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct) =>
                DossierVersions.ExecuteAsync(http, pipeline, new ResumeDossier(id, http.Officer()), ct))
            .WithName("ResumeDossier").Produces<DossierSummary>().WithSummary("Tiếp tục xử lý hồ sơ / resume the dossier's clock");
        group.MapPost("/end", EndAsync).WithName("EndDossier").Accepts<EndRequest>("application/json").Produces<DossierSummary>()
            .WithSummary("Rút hồ sơ hoặc dừng xử lý / withdraw or stop the dossier");
        group.MapPost("/supplement-requests/{requestId:long}/decision", DecideAsync).WithName("DecideSupplementRequest")
            .Accepts<SupplementDecisionRequest>("application/json").Produces<DossierSummary>()
            .WithSummary("Lãnh đạo duyệt yêu cầu bổ sung lần hai / the leader decides a second supplement request");
    }

    private static async Task<IResult> SuspendAsync(long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<SuspendRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (string.IsNullOrWhiteSpace(read.Value!.Reason))
            return ApiProblems.Missing(http, "reason");
        return await DossierVersions.ExecuteAsync(http, pipeline, new SuspendDossier(id, http.Officer(), read.Value.Reason.Trim()), ct);
    }

    private static async Task<IResult> EndAsync(long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<EndRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (string.IsNullOrWhiteSpace(read.Value!.Reason))
            return ApiProblems.Missing(http, "reason");
        if (read.Value.ByApplicant is not { } byApplicant)
            return ApiProblems.Missing(http, "byApplicant");
        return await DossierVersions.ExecuteAsync(http, pipeline, new EndDossier(id, http.Officer(), read.Value.Reason.Trim(), byApplicant), ct);
    }

    private static async Task<IResult> DecideAsync(long id, long requestId, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<SupplementDecisionRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (read.Value!.Approve is not { } approve)
            return ApiProblems.Missing(http, "approve");
        return await DossierVersions.ExecuteAsync(http, pipeline, new DecideSupplementRequest(id, requestId, approve, http.Officer()), ct);
    }
}
