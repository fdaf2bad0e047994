using System.Globalization;
using System.Text.Json;
using System.Xml;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Scheduling;

/// <summary>What the administrator's clock endpoints answer: the instant, the mode, how far the scheduler has fired.</summary>
public sealed record ClockView(DateTimeOffset Now, bool Simulated, DateTimeOffset? CaughtUpThrough, long TimersFired);

/// <summary>
/// Đồng hồ mô phỏng — the administrator's clock endpoints of a server started with
/// <c>serve --clock simulated</c>: <c>GET /admin/clock</c> and <c>POST /admin/clock/advance</c>
/// with <c>{"to": instant}</c> or <c>{"by": duration}</c> (ISO 8601 such as <c>PT2H</c>, <c>P1D</c>,
/// or <c>d.hh:mm:ss</c>). Advancing answers once the scheduler has fired every timer due on the
/// way. On the real clock both answer 404. Only an administrator (quản trị hệ thống,
/// <see cref="OfficerPolicies.AdministerSystem"/>) may call them.
/// </summary>
public static class SchedulingApi
{
    private const int MaxBody = 4 * 1024;

    public static IEndpointRouteBuilder MapSchedulingApi(this IEndpointRouteBuilder routes)
    {
        var clock = routes.MapGroup("/admin/clock").WithTags("Clock")
            .RequireAuthorization(OfficerPolicies.AdministerSystem).ProducesProblem(401).ProducesProblem(403);
        clock.MapGet("", (HttpContext http) =>
            http.RequestServices.GetService<EngineClock>() is { IsSimulated: true } engine ? Results.Ok(View(http, engine)) : NotSimulated(http));
        clock.MapPost("/advance", AdvanceAsync);
        return routes;
    }

    private static async Task<IResult> AdvanceAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (http.RequestServices.GetService<EngineClock>() is not { Virtual: { } clock } engine)
            return NotSimulated(http);
        var body = await RequestBody.ReadTextAsync(http, MaxBody, cancellationToken);
        if (body.Problem is not null)
            return body.Problem;
        var (target, problem) = Target(http, body.Text!, clock.Now);
        if (problem is not null)
            return problem;
        clock.AdvanceTo(target);
        if (http.RequestServices.GetService<TimerScheduler>() is { } scheduler)
            await scheduler.WhenCaughtUpAsync(cancellationToken);
        return Results.Ok(View(http, engine));
    }

    /// <summary>The instant asked for: exactly one of <c>to</c> (not before now) and <c>by</c> (positive).</summary>
    private static (DateTimeOffset Target, IResult? Problem) Target(HttpContext http, string text, DateTimeOffset now)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return (now, Problems.BadRequest(http, "body", $"JSON không hợp lệ: {e.Message}", $"Invalid JSON: {e.Message}"));
        }
        if (root.ValueKind != JsonValueKind.Object)
            return (now, Problems.BadRequest(http, "body", "Cần một đối tượng {\"to\": …} hoặc {\"by\": …}.", "Expected an object {\"to\": …} or {\"by\": …}."));
        bool hasTo = root.TryGetProperty("to", out var to), hasBy = root.TryGetProperty("by", out var by);
        if (hasTo == hasBy)
            return (now, Problems.BadRequest(http, hasTo ? "by" : "to", "Cần đúng một trong hai trường 'to' hoặc 'by'.", "Give exactly one of 'to' and 'by'."));
        if (hasTo)
        {
            if (to.ValueKind != JsonValueKind.String || !DateTimeOffset.TryParse(to.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
                return (now, Problems.BadRequest(http, "to", "'to' phải là thời điểm ISO 8601, ví dụ 2026-03-02T08:00:00+07:00.", "'to' must be an ISO 8601 instant, e.g. 2026-03-02T08:00:00+07:00."));
            if (instant < now)
                return (now, Problems.BadRequest(http, "to", $"Đồng hồ chỉ tiến lên; bây giờ là {now:O}.", $"The clock only moves forward; it is now {now:O}."));
            return (instant, null);
        }
        if (by.ValueKind != JsonValueKind.String || Duration(by.GetString()!) is not { } span || span <= TimeSpan.Zero)
            return (now, Problems.BadRequest(http, "by", "'by' phải là khoảng thời gian dương, ví dụ PT2H, P1D hoặc 1.00:00:00.", "'by' must be a positive duration, e.g. PT2H, P1D or 1.00:00:00."));
        return (now + span, null);
    }

    private static TimeSpan? Duration(string text)
    {
        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span))
            return span;
        try
        {
            return text.StartsWith('P') ? XmlConvert.ToTimeSpan(text) : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static ClockView View(HttpContext http, EngineClock engine)
    {
        var scheduler = http.RequestServices.GetService<TimerScheduler>();
        return new ClockView(engine.Virtual?.Now ?? engine.Time.GetUtcNow(), engine.IsSimulated, scheduler?.CaughtUpThrough, scheduler?.Statistics.Fired ?? 0);
    }

    private static IResult NotSimulated(HttpContext http) => Problems.NotFound(http,
        "Máy chủ không chạy đồng hồ mô phỏng (serve --clock simulated).",
        "The server does not run a simulated clock (serve --clock simulated).");
}
