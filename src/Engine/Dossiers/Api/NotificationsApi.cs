using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>Thông báo (cảnh báo, nhắc hạn) of the signed-in officer, and marking one read.</summary>
public static class NotificationsApi
{
    public static void MapNotificationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/notifications", ListAsync).WithTags("Notifications").RequireAuthorization().WithName("MyNotifications")
            .Produces<IReadOnlyList<Notification>>().ProducesProblem(400).ProducesProblem(401)
            .WithSummary("Thông báo của cán bộ / the officer's notifications");
        routes.MapPost("/dossiers/{id:long}/notifications/{nid:long}/read",
                (long id, long nid, HttpContext http, CommitPipeline pipeline, CancellationToken ct) =>
                    DossierVersions.ExecuteAsync(http, pipeline, new MarkNotificationRead(id, nid, http.Officer()), ct))
            .WithTags("Notifications").RequireAuthorization().WithName("MarkNotificationRead").Produces<DossierSummary>()
            .ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409)
            .WithSummary("Đánh dấu đã đọc / mark a notification read");
    }

    private static async Task<IResult> ListAsync(HttpContext http, NotificationQueries queries, string? unread, string? take, CancellationToken ct)
    {
        var args = new QueryArgs(http);
        var count = args.Int("take", take, 100, 1, 500);
        if (args.Problem is { } problem)
            return problem;
        bool unreadOnly = false;
        if (!string.IsNullOrWhiteSpace(unread) && !bool.TryParse(unread.Trim(), out unreadOnly))
            return ApiProblems.Invalid(http, "unread", "'unread' phải là true hoặc false.", "'unread' must be true or false.");
        return Results.Ok(await queries.ForOfficerAsync(http.Officer(), unreadOnly, count, ct));
    }
}
