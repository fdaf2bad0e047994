using System.Text;

namespace TthcFlow.Engine.Hosting;

/// <summary>Reads a request body as UTF-8 text with a size limit (413 past it, 400 when empty).</summary>
public static class RequestBody
{
    public sealed record Read(string? Text, IResult? Problem);

    public static async Task<Read> ReadTextAsync(HttpContext http, int maxBytes, CancellationToken ct)
    {
        if (http.Request.ContentLength > maxBytes) return TooLarge(http, maxBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > maxBytes) return TooLarge(http, maxBytes);
            buffer.Write(chunk, 0, n);
        }
        if (buffer.Length == 0)
            return new Read(null, Problems.BadRequest(http, "body", "Nội dung yêu cầu trống.", "The request body is empty."));
        var text = new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return new Read(text.TrimStart('\uFEFF'), null);
    }

    private static Read TooLarge(HttpContext http, int maxBytes) => new(null, Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: RequestLanguage.Pick(http, "Nội dung quá lớn", "Payload too large"),
        detail: RequestLanguage.Pick(http, $"Tối đa {maxBytes / 1024 / 1024} MB.", $"At most {maxBytes / 1024 / 1024} MB.")));
}
