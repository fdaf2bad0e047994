using System.Text;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Dossiers.Queries;

/// <summary>
/// Tìm kiếm hồ sơ — the inbox's one search box: a dossier code or its beginning (mã hồ sơ, any
/// case), an applicant's ID number (số giấy tờ tùy thân, exactly), or part of an applicant's name
/// (họ tên). Names match case-insensitively and with their diacritics: "nguyễn" finds "Nguyễn",
/// "nguyen" does not. Index-backed on both stores: on SQLite the FTS5 trigram table
/// <c>dossiers_search</c> (migration InboxSearch, kept in step by triggers), on PostgreSQL a
/// <c>pg_trgm</c> GIN index serving ILIKE. Terms are taken in Unicode NFC (what Vietnamese
/// keyboards type); names are stored as filed, so one filed in decomposed form (NFD) is not found.
/// </summary>
internal static class DossierSearch
{
    /// <summary>The shortest name fragment the trigram index can look up; shorter ones are tested row by row.</summary>
    private const int Trigram = 3;

    /// <summary>Up to this many matching ids are read once and passed to the list's queries as values.</summary>
    private const int Listed = 1000;

    /// <summary>The dossiers that match <paramref name="search"/> (not blank).</summary>
    public static async Task<IQueryable<Dossier>> MatchingAsync(this IQueryable<Dossier> dossiers, EngineDbContext db, string search,
        CancellationToken cancellationToken)
    {
        string term = search.Trim().Normalize(NormalizationForm.FormC), code = term.ToUpperInvariant();
        var pattern = $"%{EscapeLike(term)}%";
        if (!db.Database.IsSqlite())
            return dossiers.Where(d => d.Code.StartsWith(code) || d.ApplicantIdNumber == term || EF.Functions.ILike(d.ApplicantName, pattern, @"\"));
        if (term.EnumerateRunes().Count() < Trigram)
            // SQLite's LIKE folds the case of ASCII letters only: "hà" finds "Hà", "đ" does not find "Đ".
            return dossiers.Where(d => d.Code.StartsWith(code) || d.ApplicantIdNumber == term || EF.Functions.Like(d.ApplicantName, pattern, @"\"));

        // The matching ids come from three indexes (trigram, ID number, code range), so SQLite reads
        // the candidate dossiers by key instead of testing every dossier of a big desk row by row.
        // Read once when they are few: an inbox page runs several queries (counters, page) on them.
        var phrase = $"\"{term.Replace("\"", "\"\"")}\"";
        var ids = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM dossiers_search WHERE dossiers_search MATCH {phrase}")
            .Concat(db.Set<Dossier>().Where(d => d.ApplicantIdNumber == term).Select(d => d.Id))
            .Concat(db.Set<Dossier>().Where(d => string.Compare(d.Code, code) >= 0 && string.Compare(d.Code, PrefixEnd(code)) < 0).Select(d => d.Id));
        var found = await ids.Take(Listed + 1).ToListAsync(cancellationToken);
        return found.Count <= Listed ? dossiers.Where(d => found.Contains(d.Id)) : dossiers.Where(d => ids.Contains(d.Id));
    }

    /// <summary>A bound above every code that starts with <paramref name="prefix"/> (codes are ASCII; SQLite compares text byte by byte).</summary>
    private static string PrefixEnd(string prefix) => prefix + char.MaxValue;

    private static string EscapeLike(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
