using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Dossiers.Procedures;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Tests.CrashSafety;

/// <summary>
/// What must hold in the store after any crash, checked against the clients' ledger: every
/// acknowledged change is there (dossier, its version's audit record and outbox event, the task's
/// new status); nothing is there twice (one audit record and one status-sync event per version,
/// daily dossier codes gap-free and matching their sequence, one dossier per submission); the audit
/// chains verify; each dossier's timer rows are exactly those its state calls for (every open step
/// has its deadline timers, no stray or half-written one); and, after an acknowledged clock move,
/// nothing due on the way is left unfired. A change the client never heard back about passes the
/// same checks: it is there whole or not at all.
/// </summary>
public sealed class StoreInvariants(DbContextOptions<EngineDbContext> options)
{
    private static readonly IProcedureRuntime Runtime = new WorkflowProcedureRuntime(new FixedProcedureDefinitions([]), new WorkflowRunner());
    private readonly List<string> _problems = [];

    /// <summary>How many individual checks have run (over every call).</summary>
    public long Checked { get; private set; }

    /// <summary>Checks the store; returns the violations found (empty when every invariant holds).</summary>
    public async Task<IReadOnlyList<string>> CheckAsync(IReadOnlyCollection<LedgerEntry> ledger, DateTimeOffset? firedThrough = null)
    {
        _problems.Clear();
        await using var db = new EngineDbContext(options);
        var dossiers = await db.Set<Dossier>().AsNoTracking().Select(d => new { d.Id, d.Code, d.Version, d.ApplicantIdNumber }).ToDictionaryAsync(d => d.Id);
        var audit = (await db.Set<AuditRecord>().AsNoTracking().Select(a => new { a.DossierId, a.Seq, a.TaskId, a.Action }).ToListAsync())
            .ToLookup(a => a.DossierId);
        var outbox = (await db.Set<OutboxMessage>().AsNoTracking().Where(o => o.Kind == OutboxMessage.StatusSync)
            .Select(o => new { o.DossierId, o.Seq }).ToListAsync()).ToLookup(o => o.DossierId, o => o.Seq);
        var tasks = await db.Set<DossierTask>().AsNoTracking().Select(t => new { t.Id, t.Status }).ToDictionaryAsync(t => t.Id, t => t.Status);

        foreach (var entry in ledger.Where(e => e.Fate == RequestFate.Acknowledged && e.DossierId is not null))
        {
            var dossier = dossiers.GetValueOrDefault(entry.DossierId!.Value);
            if (!Check(dossier is not null, $"round {entry.Round}: acknowledged {entry.Kind} of dossier {entry.DossierId} is lost"))
                continue;
            Check(dossier!.Version >= entry.Version, $"{dossier.Code}: at version {dossier.Version}, below the acknowledged {entry.Version}");
            Check(audit[dossier.Id].Any(a => a.Seq == entry.Version && a.TaskId == entry.TaskId),
                $"{dossier.Code}: no audit record of the acknowledged {entry.Kind} (version {entry.Version})");
            Check(outbox[dossier.Id].Contains(entry.Version!.Value), $"{dossier.Code}: no outbox event of acknowledged version {entry.Version}");
            if (entry.Kind == "Submit")
                Check(dossier.Code == entry.Code && dossier.ApplicantIdNumber == entry.IdNumber, $"{dossier.Code}: not the acknowledged {entry.Code} of {entry.IdNumber}");
            if (entry.TaskId is { } task)
            {
                var status = tasks.GetValueOrDefault(task);
                Check(entry.Kind == "Claim" ? status is OfficerTaskStatus.Claimed or OfficerTaskStatus.Completed or OfficerTaskStatus.Cancelled : status == OfficerTaskStatus.Completed,
                    $"{dossier.Code}: task {task} is {status} after an acknowledged {entry.Kind}");
            }
        }

        foreach (var dossier in dossiers.Values)
        {
            var expected = Enumerable.Range(1, dossier.Version);
            Check(audit[dossier.Id].Select(a => a.Seq).Order().SequenceEqual(expected), $"{dossier.Code}: audit records are not one per version 1…{dossier.Version}");
            Check(outbox[dossier.Id].Order().SequenceEqual(expected), $"{dossier.Code}: outbox events are not one per version 1…{dossier.Version}");
        }
        foreach (var submitted in ledger.Where(e => e.Kind == "Submit" && e.Fate != RequestFate.Refused))
        {
            int found = dossiers.Values.Count(d => d.ApplicantIdNumber == submitted.IdNumber);
            Check(submitted.Fate == RequestFate.Acknowledged ? found == 1 : found <= 1, $"submission {submitted.IdNumber} ({submitted.Fate}) is in the store {found} times");
        }

        await CheckCodesAsync(db, dossiers.Values.Select(d => d.Code).ToList());
        var verification = (await new AuditVerifier(new PooledDbContextFactory<EngineDbContext>(options)).VerifyAsync())!;
        Check(verification.Intact, "audit chains broken: " + string.Join("; ", verification.Broken.Select(b => $"{b.Code} {b.Damage} at {b.Seq}")));
        await CheckTimersAsync(db, dossiers.Keys.ToList(), firedThrough);
        return [.. _problems];
    }

    /// <summary>Each day's codes of an agency run 1…n with no gap or repeat, and its sequence row says n.</summary>
    private async Task CheckCodesAsync(EngineDbContext db, List<string> codes)
    {
        var sequences = await db.Set<SequenceRow>().AsNoTracking().Where(s => s.Name.StartsWith("code:")).ToDictionaryAsync(s => s.Name[5..], s => s.Value);
        foreach (var day in codes.GroupBy(c => c[..c.LastIndexOf('-')]))
        {
            var numbers = day.Select(c => int.Parse(c[(c.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
            Check(numbers.SequenceEqual(Enumerable.Range(1, numbers.Count)), $"codes of {day.Key} are not 1…{numbers.Count}: {string.Join(",", numbers)}");
            Check(sequences.GetValueOrDefault(day.Key) == numbers.Count, $"sequence of {day.Key} is {sequences.GetValueOrDefault(day.Key)}, {numbers.Count} dossiers carry it");
        }
    }

    /// <summary>The timers table holds exactly the timers each dossier's state calls for: its deadline timers and its runtime timer bookmarks.</summary>
    private async Task CheckTimersAsync(EngineDbContext db, List<long> ids, DateTimeOffset? firedThrough)
    {
        // A timer is its key and due instant; a lease a killed node left on a row (ClaimedBy, LeaseUntil) is not part of it.
        var rows = (await db.Set<DossierTimer>().AsNoTracking().ToListAsync()).Select(t => t with { ClaimedBy = null, LeaseUntil = null }).ToHashSet();
        var expected = new List<DossierTimer>();
        foreach (var state in new StateLoader(db, Runtime).Load(ids))
        {
            DeadlineTimers.Collect(state, expected);
            foreach (var b in state.Instance.Bookmarks)
            {
                if (b is { Kind: BookmarkKind.Timer, DueAt: { } due })
                    expected.Add(new DossierTimer { DossierId = state.Id, Purpose = TimerPurpose.Bookmark, Ref = b.Id, DueAt = due });
            }
        }
        // Instants are stored to the millisecond.
        var wanted = expected.Select(t => t with { DueAt = DateTimeOffset.FromUnixTimeMilliseconds(t.DueAt.ToUnixTimeMilliseconds()) }).ToHashSet();
        foreach (var missing in wanted.Where(t => !rows.Contains(t)))
            Check(false, $"dossier {missing.DossierId}: timer {missing.Purpose} {missing.Ref} due {missing.DueAt:O} is lost");
        foreach (var stray in rows.Where(t => !wanted.Contains(t)))
            Check(false, $"dossier {stray.DossierId}: timer row {stray.Purpose} {stray.Ref} due {stray.DueAt:O} that its state does not call for");
        Checked += wanted.Count;
        if (firedThrough is { } through)
            Check(!rows.Any(t => t.DueAt <= through), $"{rows.Count(t => t.DueAt <= through)} timers due by {through:O} were not fired");
    }

    private bool Check(bool holds, string problem)
    {
        Checked++;
        if (!holds)
            _problems.Add(problem);
        return holds;
    }
}
