using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using TthcFlow.Engine.Hosting;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Reads a small JSON request body with the server's JSON options (camelCase, enums by name or
/// number). Malformed JSON, a value of the wrong type or an unknown enum name gives a 400 naming
/// the field; nothing has been done at that point.
/// </summary>
public static class JsonRequest
{
    public const int MaxBytes = 256 * 1024;

    public sealed record Read<T>(T? Value, IResult? Problem) where T : class;

    public static async Task<Read<T>> ReadAsync<T>(HttpContext http, CancellationToken ct) where T : class
    {
        var body = await RequestBody.ReadTextAsync(http, MaxBytes, ct);
        if (body.Problem is { } problem)
            return new(null, problem);
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = JsonSerializer.Deserialize<T>(body.Text!, options);
            return value is null
                ? new(null, ApiProblems.Invalid(http, "body", "Nội dung yêu cầu phải là một đối tượng JSON.", "The body must be a JSON object."))
                : new(value, null);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return new(null, field == "body"
                ? ApiProblems.Invalid(http, field, $"JSON không hợp lệ (dòng {e.LineNumber + 1}).", $"Malformed JSON (line {e.LineNumber + 1}).")
                : ApiProblems.Invalid(http, field, $"Giá trị của trường '{field}' không hợp lệ hoặc sai kiểu.",
                    $"The value of '{field}' is malformed or of the wrong type."));
        }
    }

    /// <summary><c>$.applicant.name</c> → <c>applicant.name</c>; the root or no path → <c>body</c>.</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
            return "body";
        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }
}
