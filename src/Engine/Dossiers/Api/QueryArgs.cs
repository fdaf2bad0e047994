using System.Globalization;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>
/// Reads query-string arguments by hand so that a bad one gets a 400 naming it (the framework's
/// binder answers a bare 400). Keeps the first problem met; the caller checks <see cref="Problem"/>.
/// </summary>
public sealed class QueryArgs(HttpContext http)
{
    public IResult? Problem { get; private set; }

    public TEnum? Enum<TEnum>(string name, string? value) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
            return parsed;
        var names = string.Join(", ", System.Enum.GetNames<TEnum>());
        Fail(name, $"'{value}' không phải là giá trị hợp lệ của '{name}' ({names}).", $"'{value}' is not a valid '{name}' ({names}).");
        return null;
    }

    /// <summary>The instants an argument may name: enough for any period of records, far from the edges of the calendar arithmetic.</summary>
    public static readonly DateTimeOffset EarliestInstant = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero), LatestInstant = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset? Instant(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            && instant >= EarliestInstant && instant < LatestInstant)
            return instant;
        Fail(name, $"'{name}' phải là thời điểm ISO 8601 từ năm 1900 đến 2999, ví dụ 2026-03-02T08:00:00+07:00.",
            $"'{name}' must be an ISO 8601 instant from 1900 to 2999, e.g. 2026-03-02T08:00:00+07:00.");
        return null;
    }

    public int Int(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
            return fallback;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max)
            return n;
        Fail(name, $"'{name}' phải là số nguyên từ {min} đến {max}.", $"'{name}' must be a whole number from {min} to {max}.");
        return fallback;
    }

    public string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private void Fail(string name, string vi, string en) => Problem ??= ApiProblems.Invalid(http, name, vi, en);
}
