using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Persistence;

/// <summary>What was done to a dossier's audit trail (nhật ký) where its chain first breaks.</summary>
public enum AuditDamage
{
    /// <summary>A record's content no longer matches its hash, or a record was rehashed and the next link (or the head) no longer matches it.</summary>
    Edited,

    /// <summary>A record is missing: a gap in the sequence, or the last records are gone (the dossier's version is past the last record).</summary>
    Deleted,

    /// <summary>A record the engine never wrote: past the dossier's version, a repeated sequence number, or of a dossier that does not exist.</summary>
    Inserted,

    /// <summary>A record sits at another place in the chain than the one it was written for (its hash verifies under another sequence number).</summary>
    Reordered,
}

/// <summary>The first bad place in one dossier's audit chain.</summary>
/// <param name="DossierId">The dossier (its row may be gone for an orphan record).</param>
/// <param name="Code">Mã hồ sơ; null when the dossier row does not exist.</param>
/// <param name="Damage">What was done.</param>
/// <param name="Seq">The sequence number (dossier version) where the chain breaks.</param>
/// <param name="RecordId">The audit record found there; null when the record is missing.</param>
/// <param name="Reason">One sentence a reader can act on.</param>
public sealed record BrokenAuditChain(long DossierId, string? Code, AuditDamage Damage, int Seq, long? RecordId, string Reason);

/// <summary>The outcome of a walk over the store's audit chains.</summary>
public sealed record AuditVerification(int Dossiers, int Records, IReadOnlyList<BrokenAuditChain> Broken)
{
    /// <summary>Every chain verified.</summary>
    public bool Intact => Broken.Count == 0;
}

/// <summary>
/// Kiểm tra nhật ký — walks every dossier's audit chain in the store: recomputes each record's hash
/// (<see cref="AuditChain.Hash"/>), checks that sequence numbers run 1…version without a gap, that
/// each record links to the previous one's hash, and that the head kept on the dossier row is the
/// last record's hash. Reports, for each broken dossier, the first bad record and what was done to
/// it. Reads only; streams the records, so its memory is that of one dossier's chain.
/// </summary>
public sealed class AuditVerifier(IDbContextFactory<EngineDbContext> contexts)
{
    private sealed record Head(long Id, string Code, int Version, byte[]? AuditHash);

    /// <summary>Verifies every dossier, or only the one with <paramref name="dossierCode"/> (null when no such dossier exists).</summary>
    public async Task<AuditVerification?> VerifyAsync(string? dossierCode = null, CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        var dossiers = db.Set<Dossier>().AsNoTracking();
        if (dossierCode is not null)
            dossiers = dossiers.Where(d => d.Code == dossierCode);
        var heads = await dossiers.Select(d => new Head(d.Id, d.Code, d.Version, d.AuditHash)).ToDictionaryAsync(h => h.Id, cancellationToken);
        if (dossierCode is not null && heads.Count == 0)
            return null;

        var records = db.Set<AuditRecord>().AsNoTracking();
        if (dossierCode is not null)
        {
            long only = heads.Keys.Single();
            records = records.Where(r => r.DossierId == only);
        }
        var broken = new List<BrokenAuditChain>();
        var chain = new List<AuditRecord>();
        var seen = new HashSet<long>();
        int count = 0;
        await foreach (var record in records.OrderBy(r => r.DossierId).ThenBy(r => r.Seq).ThenBy(r => r.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (chain.Count > 0 && chain[0].DossierId != record.DossierId)
                Finish(chain, heads, seen, broken);
            chain.Add(record);
        }
        if (chain.Count > 0)
            Finish(chain, heads, seen, broken);
        foreach (var head in heads.Values)
        {
            if (!seen.Contains(head.Id) && Check(head, []) is { } missing)
                broken.Add(missing);
        }
        broken.Sort((a, b) => a.DossierId.CompareTo(b.DossierId));
        return new AuditVerification(heads.Count, count, broken);
    }

    private static void Finish(List<AuditRecord> chain, Dictionary<long, Head> heads, HashSet<long> seen, List<BrokenAuditChain> broken)
    {
        long id = chain[0].DossierId;
        seen.Add(id);
        var result = heads.TryGetValue(id, out var head)
            ? Check(head, chain)
            : new BrokenAuditChain(id, null, AuditDamage.Inserted, chain[0].Seq, chain[0].Id, $"Audit records of dossier {id}, which does not exist.");
        if (result is not null)
            broken.Add(result);
        chain.Clear();
    }

    /// <summary>The first break in one dossier's chain (records ordered by sequence number), or null when it verifies.</summary>
    private static BrokenAuditChain? Check(Head head, IReadOnlyList<AuditRecord> chain)
    {
        BrokenAuditChain Break(AuditDamage damage, int seq, long? record, string reason) => new(head.Id, head.Code, damage, seq, record, reason);

        byte[]? previous = null;
        for (int i = 0; i < chain.Count; i++)
        {
            var record = chain[i];
            int expected = i + 1;
            if (record.Seq < expected)
                return Break(AuditDamage.Inserted, record.Seq, record.Id, $"A second record with sequence number {record.Seq}.");
            if (record.Seq > head.Version)
                return Break(AuditDamage.Inserted, record.Seq, record.Id, $"Record {record.Seq} is past the dossier's version {head.Version}.");
            if (record.Seq > expected)
                return Break(AuditDamage.Deleted, expected, null, $"Record {expected} is missing (the next one is {record.Seq}).");
            if (!AuditChain.Hash(record).AsSpan().SequenceEqual(record.Hash))
            {
                foreach (var other in chain)
                {
                    if (other.Seq != record.Seq && AuditChain.Hash(record with { Seq = other.Seq }).AsSpan().SequenceEqual(record.Hash))
                        return Break(AuditDamage.Reordered, expected, record.Id, $"Record {record.Id} stands at {expected} but was written as record {other.Seq}.");
                }
                return Break(AuditDamage.Edited, expected, record.Id, $"Record {expected} ({record.Action}) does not match its hash: its content was changed.");
            }
            if (!Same(record.PrevHash, previous))
            {
                return i == 0
                    ? Break(AuditDamage.Edited, expected, record.Id, "The first record claims a predecessor.")
                    : Break(AuditDamage.Edited, expected - 1, chain[i - 1].Id,
                        $"Record {expected} does not link to record {expected - 1}: record {expected - 1} was changed and rehashed.");
            }
            previous = record.Hash;
        }
        if (chain.Count < head.Version)
            return Break(AuditDamage.Deleted, chain.Count + 1, null, $"The dossier is at version {head.Version} but its last record is {chain.Count}.");
        if (!Same(head.AuditHash, previous))
        {
            return chain.Count == 0
                ? Break(AuditDamage.Deleted, 1, null, "The dossier row names a chain head but has no records.")
                : Break(AuditDamage.Edited, chain.Count, chain[^1].Id, $"The chain head on the dossier row is not the hash of record {chain.Count}.");
        }
        return null;
    }

    private static bool Same(byte[]? a, byte[]? b) => a is null || b is null ? a is null && b is null : a.AsSpan().SequenceEqual(b);
}
