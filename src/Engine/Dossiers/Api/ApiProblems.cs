using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Persistence;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// ProblemDetails of the dossier, task and session endpoints: every one carries a <c>code</c>
/// (a <see cref="DomainErrorCode"/> name, or <c>Unauthenticated</c>/<c>Forbidden</c>), a title and
/// detail in the request's language, and <c>field</c> when one input is at fault.
/// </summary>
public static class ApiProblems
{
    public static IResult Invalid(HttpContext http, string field, string vi, string en) =>
        Problem(http, StatusCodes.Status400BadRequest, nameof(DomainErrorCode.InvalidInput),
            RequestLanguage.Pick(http, "Yêu cầu không hợp lệ", "Invalid request"), RequestLanguage.Pick(http, vi, en),
            new() { ["field"] = field });

    public static IResult Missing(HttpContext http, string field) =>
        Invalid(http, field, $"Thiếu trường bắt buộc '{field}'.", $"The field '{field}' is required.");

    public static IResult Unauthenticated(HttpContext http, string vi, string en) =>
        Problem(http, StatusCodes.Status401Unauthorized, "Unauthenticated",
            RequestLanguage.Pick(http, "Chưa đăng nhập", "Not signed in"), RequestLanguage.Pick(http, vi, en));

    public static IResult Forbidden(HttpContext http, string vi, string en) =>
        Problem(http, StatusCodes.Status403Forbidden, nameof(DomainErrorCode.NotYours),
            RequestLanguage.Pick(http, "Không có quyền", "Forbidden"), RequestLanguage.Pick(http, vi, en),
            new() { ["reason"] = en });

    /// <summary>429: too many attempts (the caller sets <c>Retry-After</c>).</summary>
    public static IResult TooManyAttempts(HttpContext http, string vi, string en) =>
        Problem(http, StatusCodes.Status429TooManyRequests, "TooManyAttempts",
            RequestLanguage.Pick(http, "Quá nhiều lần thử", "Too many attempts"), RequestLanguage.Pick(http, vi, en));

    public static IResult NotFound(HttpContext http, string vi, string en) =>
        Problem(http, StatusCodes.Status404NotFound, nameof(DomainErrorCode.NotFound),
            RequestLanguage.Pick(http, "Không tìm thấy", "Not found"), RequestLanguage.Pick(http, vi, en));

    /// <summary>
    /// A command's refusal. English requests get the domain's own message as the detail; Vietnamese
    /// ones get a Vietnamese explanation of the code, and the domain's message as <c>reason</c>.
    /// </summary>
    public static IResult Refused(HttpContext http, DomainError error)
    {
        var (status, titleVi, titleEn, detailVi) = Describe(error.Code);
        return Problem(http, status, error.Code.ToString(), RequestLanguage.Pick(http, titleVi, titleEn),
            RequestLanguage.Pick(http, detailVi, error.Message), new() { ["reason"] = error.Message });
    }

    public static int StatusOf(DomainErrorCode code) => Describe(code).Status;

    private static (int Status, string TitleVi, string TitleEn, string DetailVi) Describe(DomainErrorCode code) => code switch
    {
        DomainErrorCode.NotFound => (404, "Không tìm thấy", "Not found", "Không tìm thấy hồ sơ, bước xử lý hoặc thủ tục được yêu cầu."),
        DomainErrorCode.NotYours => (403, "Không có quyền", "Forbidden",
            "Hồ sơ hoặc bước xử lý này không thuộc đơn vị, vai trò hoặc phân công của bạn."),
        DomainErrorCode.InvalidInput => (400, "Yêu cầu không hợp lệ", "Invalid request", "Thông tin gửi lên thiếu hoặc không hợp lệ."),
        DomainErrorCode.WrongOutcome => (422, "Kết quả xử lý không hợp lệ", "Wrong outcome",
            "Kết quả xử lý không thuộc các kết quả của bước này."),
        DomainErrorCode.Conflict => (409, "Xung đột", "Conflict",
            "Hồ sơ đã được người khác thay đổi trước (bước đã hoàn thành, đã có người nhận xử lý hoặc phiên bản đã cũ)."),
        DomainErrorCode.InvalidState => (409, "Trạng thái hồ sơ không cho phép", "Not allowed in this state",
            "Thao tác không được phép ở trạng thái hiện tại của hồ sơ."),
        DomainErrorCode.ProcedureError => (422, "Lỗi quy trình", "Procedure error", "Quy trình của thủ tục không thể tiếp tục."),
        _ => (400, "Yêu cầu không hợp lệ", "Invalid request", "Yêu cầu không hợp lệ."),
    };

    private static IResult Problem(HttpContext http, int status, string code, string title, string detail,
        Dictionary<string, object?>? extensions = null)
    {
        extensions ??= [];
        extensions["code"] = code;
        return Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);
    }
}
