using System.Globalization;
using TthcFlow.Definitions.Calendar;

namespace TthcFlow.Engine.Dossiers.Model;

/// <summary>
/// Mã hồ sơ (DOMAIN.md §10): <c>&lt;short e-ID of the receiving agency, or of the competent unit
/// for a location-independent dossier&gt;-&lt;YYMMDD&gt;-&lt;daily sequence, at least 4 digits&gt;</c>,
/// e.g. <c>H56.14-250707-0001</c>. The date is the civil date in Vietnam; the sequence restarts
/// every day per agency and is allocated inside the write transaction (see the sequences table),
/// so codes have neither gaps nor duplicates.
/// </summary>
public static class DossierCode
{
    /// <summary>The name of the sequence that numbers an agency's dossiers on a day.</summary>
    public static string SequenceName(string agencyShortId, DateTimeOffset at) => $"code:{Prefix(agencyShortId, at)}";

    /// <summary>The code with the given sequence number.</summary>
    public static string Format(string agencyShortId, DateTimeOffset at, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(agencyShortId, at)}-{sequence:D4}");

    private static string Prefix(string agencyShortId, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{agencyShortId}-{at.ToVietnamTime():yyMMdd}");
}
