namespace TthcFlow.Engine.Hosting;

/// <summary>ProblemDetails responses in the request's language (Vietnamese first).</summary>
public static class Problems
{
    public static IResult NotFound(HttpContext http, string vi, string en) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound,
            title: RequestLanguage.Pick(http, "Không tìm thấy", "Not found"), detail: RequestLanguage.Pick(http, vi, en));

    public static IResult BadRequest(HttpContext http, string field, string vi, string en) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest,
            title: RequestLanguage.Pick(http, "Yêu cầu không hợp lệ", "Invalid request"),
            detail: RequestLanguage.Pick(http, vi, en),
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
