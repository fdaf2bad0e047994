using System.Text;
using System.Text.Json.Nodes;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Definitions;

/// <summary>
/// HTTP endpoints for procedure definitions: list, get and export are public (the catalogue reads
/// them); import, validate and publish need a process designer (<see cref="OfficerPolicies.DesignProcedures"/>).
/// </summary>
public static class DefinitionsApi
{
    private const int MaxDefinitionBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapDefinitionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/definitions").WithTags("Definitions");
        group.MapGet("/", async (DefinitionStore store, CancellationToken ct) => Results.Ok(await store.ListAsync(ct)))
            .WithSummary("Danh sách quy trình / list definitions");
        group.MapGet("/{definitionId}", GetAsync).WithSummary("Một phiên bản (mới nhất nếu không chỉ định) / one version");
        group.MapGet("/{definitionId}/versions/{version:int}",
            (string definitionId, int version, HttpContext http, DefinitionStore store, DefinitionChecker checker, CancellationToken ct) =>
                GetAsync(definitionId, version, http, store, checker, ct));
        group.MapGet("/{definitionId}/export", ExportAsync).WithSummary("Xuất JSON Elsa 3 / export Elsa 3 JSON");
        group.MapPost("/", ImportAsync).Accepts<JsonObject>("application/json")
            .RequireAuthorization(OfficerPolicies.DesignProcedures).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Nhập JSON Elsa 3 thành bản nháp / import Elsa 3 JSON as a draft version");
        group.MapPost("/validate", ValidateAsync).Accepts<JsonObject>("application/json")
            .RequireAuthorization(OfficerPolicies.DesignProcedures).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Kiểm tra không lưu / validate without storing");
        group.MapPost("/{definitionId}/versions/{version:int}/publish", PublishAsync)
            .RequireAuthorization(OfficerPolicies.DesignProcedures).ProducesProblem(401).ProducesProblem(403)
            .WithSummary("Ban hành kèm quyết định phê duyệt / publish with the approving decision");
        return group;
    }

    private static async Task<IResult> GetAsync(string definitionId, int? version, HttpContext http,
        DefinitionStore store, DefinitionChecker checker, CancellationToken ct)
    {
        var stored = await store.FindAsync(definitionId, version, ct);
        if (stored is null) return NotFound(http, definitionId, version);
        var latest = await store.FindAsync(definitionId, null, ct);
        var issues = checker.Check(stored.Json).Report ?? [];
        return Results.Ok(new
        {
            stored.DefinitionId, stored.Version, stored.Name, stored.ProcedureCode,
            IsLatest = latest!.Version == stored.Version, stored.IsPublished, stored.CreatedAt, stored.PublishedAt,
            Approval = stored.IsPublished ? new Approval(stored.ApprovalDecision, stored.ApprovalDate, stored.ApprovedBy ?? "") : null,
            Issues = issues.Select(i => IssueView.From(i, http)),
            Definition = JsonNode.Parse(stored.Json),
        });
    }

    private static async Task<IResult> ExportAsync(string definitionId, int? version, HttpContext http,
        DefinitionStore store, CancellationToken ct)
    {
        var json = await store.ExportAsync(definitionId, version, ct);
        if (json is null) return NotFound(http, definitionId, version);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{definitionId}.json\"";
        return Results.Text(json, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> ImportAsync(HttpContext http, DefinitionStore store, CancellationToken ct)
    {
        var body = await RequestBody.ReadTextAsync(http, MaxDefinitionBytes, ct);
        if (body.Problem is { } tooLarge) return tooLarge;
        var outcome = await store.ImportAsync(body.Text!, ct);
        if (outcome.Rejection is { } rejection) return Rejected(http, rejection);
        var d = outcome.Definition!;
        return Results.Created($"/api/definitions/{Uri.EscapeDataString(d.DefinitionId)}/versions/{d.Version}",
            new { d.DefinitionId, d.Version, d.Name, Issues = outcome.Issues.Select(i => IssueView.From(i, http)) });
    }

    private static async Task<IResult> ValidateAsync(HttpContext http, DefinitionChecker checker, CancellationToken ct)
    {
        var body = await RequestBody.ReadTextAsync(http, MaxDefinitionBytes, ct);
        if (body.Problem is { } tooLarge) return tooLarge;
        var result = checker.Check(body.Text!);
        if (result.Rejection is { Kind: "MalformedJson" } malformed) return Rejected(http, malformed);
        var issues = result.Report!;
        return Results.Ok(new { Valid = issues.All(i => i.Severity != "Error"), Issues = issues.Select(i => IssueView.From(i, http)) });
    }

    private static async Task<IResult> PublishAsync(string definitionId, int version, PublishRequest request,
        HttpContext http, DefinitionStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.ApprovedBy))
            return Problems.BadRequest(http, "approvedBy",
                "Thiếu người phê duyệt (approvedBy).", "The approver (approvedBy) is required.");
        var outcome = await store.PublishAsync(definitionId, version,
            new Approval(request.DecisionNumber, request.DecisionDate, request.ApprovedBy), ct);
        if (!outcome.Found) return NotFound(http, definitionId, version);
        if (outcome.Definition is null)
            return Rejected(http, new DefinitionRejection("NotPublishable", outcome.Blockers));
        return Results.Ok(new { outcome.Definition.DefinitionId, outcome.Definition.Version, outcome.Definition.PublishedAt });
    }

    /// <summary>Body of the publish call: the approving decision.</summary>
    public sealed record PublishRequest(string? DecisionNumber, DateOnly? DecisionDate, string? ApprovedBy);

    private static IResult NotFound(HttpContext http, string definitionId, int? version) =>
        Problems.NotFound(http,
            $"Không có quy trình '{definitionId}'{(version is null ? "" : $" phiên bản {version}")}.",
            $"No definition '{definitionId}'{(version is null ? "" : $" version {version}")}.");

    private static IResult Rejected(HttpContext http, DefinitionRejection rejection) =>
        Results.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: rejection.Kind switch
            {
                "MalformedJson" => RequestLanguage.Pick(http, "JSON không đọc được", "Malformed JSON"),
                "NotPublishable" => RequestLanguage.Pick(http, "Chưa thể ban hành quy trình", "The definition cannot be published"),
                _ => RequestLanguage.Pick(http, "Định nghĩa quy trình không hợp lệ", "Invalid procedure definition"),
            },
            detail: string.Join("; ", rejection.Issues.Where(i => i.Severity == "Error" || rejection.Kind == "NotPublishable")
                .Select(i => IssueView.From(i, http)).Select(v => v.Located)),
            type: $"https://tthcflow.local/problems/{rejection.Kind}",
            extensions: new Dictionary<string, object?> { ["errors"] = rejection.Issues.Select(i => IssueView.From(i, http)).ToList() });
}
