using System.Globalization;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Engine.Calendar;

/// <summary>
/// Reads an instant from a query string: ISO 8601 with an offset as given; without one it is
/// read as Vietnam time (UTC+7), never as the server's local time.
/// </summary>
public static class InstantQuery
{
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var styles = DateTimeStyles.AllowWhiteSpaces;
        if (HasOffset(text))
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out instant);
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, styles, out var local)) return false;
        instant = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamTime.Offset);
        return true;
    }

    private static bool HasOffset(string text)
    {
        var t = text.Trim();
        if (t.EndsWith('Z') || t.EndsWith('z')) return true;
        var timeStart = t.IndexOf('T');
        if (timeStart < 0) return false;
        var time = t[timeStart..];
        return time.Contains('+') || time.Contains('-');
    }
}
