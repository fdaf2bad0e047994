using TthcFlow.Engine.Dossiers.Commands;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Bước xử lý over HTTP: claim (nhận xử lý), complete with an outcome, reassign within the unit
/// (phân công lại), send back (trả lại), ask the citizen for supplements. Authority is the
/// command's to decide, from the signed-in officer alone; every refusal is a 403 with its reason.
/// </summary>
public static class TasksApi
{
    public static void MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/tasks/{id:long}").WithTags("Tasks").RequireAuthorization()
            .ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/claim", (long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct) =>
                DossierVersions.ExecuteAsync(http, pipeline, new ClaimTask(id, http.Officer()), ct))
            .WithName("ClaimTask").Produces<DossierSummary>().WithSummary("Nhận xử lý bước / claim a task");
        group.MapPost("/complete", CompleteAsync).WithName("CompleteTask").Produces<DossierSummary>().Accepts<CompleteRequest>("application/json").ProducesProblem(422)
            .WithSummary("Hoàn thành bước với một kết quả / complete a task with an outcome");
        group.MapPost("/reassign", ReassignAsync).WithName("ReassignTask").Produces<DossierSummary>().Accepts<ReassignRequest>("application/json")
            .WithSummary("Phân công lại trong đơn vị / reassign within the unit");
        group.MapPost("/send-back", SendBackAsync).WithName("SendBackTask").Produces<DossierSummary>().Accepts<SendBackRequest>("application/json").ProducesProblem(422)
            .WithSummary("Trả lại bước trước kèm lý do / send back with a reason");
        group.MapPost("/supplement-request", RequestSupplementAsync).WithName("RequestSupplement").Produces<DossierSummary>()
            .Accepts<SupplementRequestBody>("application/json")
            .WithSummary("Yêu cầu công dân bổ sung hồ sơ / ask the citizen for supplements");
    }

    private static async Task<IResult> CompleteAsync(long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<CompleteRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (string.IsNullOrWhiteSpace(read.Value!.Outcome))
            return ApiProblems.Missing(http, "outcome");
        return await DossierVersions.ExecuteAsync(http, pipeline, new CompleteTask(id, read.Value.Outcome, read.Value.Comment, http.Officer(),
            string.IsNullOrWhiteSpace(read.Value.PostalTracking) ? null : read.Value.PostalTracking), ct);
    }

    private static async Task<IResult> ReassignAsync(long id, HttpContext http, CommitPipeline pipeline, OfficerDirectory directory, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<ReassignRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (string.IsNullOrWhiteSpace(read.Value!.ToUserName))
            return ApiProblems.Missing(http, "toUserName");
        if (directory.Find(read.Value.ToUserName) is not { } to)
            return ApiProblems.Invalid(http, "toUserName", $"Không có cán bộ '{read.Value.ToUserName}'.", $"No officer '{read.Value.ToUserName}'.");
        return await DossierVersions.ExecuteAsync(http, pipeline, new ReassignTask(id, OfficerDirectory.Acting(to), http.Officer()), ct);
    }

    private static async Task<IResult> SendBackAsync(long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<SendBackRequest>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (string.IsNullOrWhiteSpace(read.Value!.Reason))
            return ApiProblems.Missing(http, "reason");
        var outcome = string.IsNullOrWhiteSpace(read.Value.Outcome) ? null : read.Value.Outcome.Trim();
        return await DossierVersions.ExecuteAsync(http, pipeline, new SendBackTask(id, read.Value.Reason, http.Officer(), outcome), ct);
    }

    private static async Task<IResult> RequestSupplementAsync(long id, HttpContext http, CommitPipeline pipeline, CancellationToken ct)
    {
        var read = await JsonRequest.ReadAsync<SupplementRequestBody>(http, ct);
        if (read.Problem is { } problem)
            return problem;
        if (string.IsNullOrWhiteSpace(read.Value!.Items))
            return ApiProblems.Missing(http, "items");
        return await DossierVersions.ExecuteAsync(http, pipeline, new RequestSupplement(id, read.Value.Items, http.Officer(), read.Value.Reason), ct);
    }
}
