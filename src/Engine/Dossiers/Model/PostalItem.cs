using System.Text.RegularExpressions;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// Số hiệu bưu gửi — the tracking number the public postal service (bưu chính công ích) gives an
/// item: a dossier sent in by post (channel 3) or a result sent back by post. 6 to 40 letters,
/// digits or dashes; kept upper-case without spaces, as the postal service prints it.
/// </summary>
public static partial class PostalItem
{
    /// <summary>The tracking number as stored, or null when <paramref name="text"/> is not one.</summary>
    public static string? Normalise(string? text)
    {
        if (text is null)
            return null;
        string compact = text.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return Shape().IsMatch(compact) ? compact : null;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{4,38}[A-Z0-9]$")]
    private static partial Regex Shape();
}
