using TthcFlow.Engine.Dossiers.Model;

namespace TthcFlow.Engine.Persistence;

/// <summary>A dossier touched by the batch: as committed before it (null if new) and as it is now.</summary>
internal sealed class TouchedDossier(DossierState? committed, DossierState current)
{
    public DossierState? Committed { get; } = committed;
    public DossierState Current { get; set; } = current;
}

/// <summary>
/// The changes of one batch, staged before anything is written: for each touched dossier its
/// committed and latest state, and, in command order, one audit record and one outbox message per
/// change. Staging is where every change gets its version, its serialised instance, its link in the
/// audit chain and its status-sync payload — so no command can change a dossier without them.
/// </summary>
internal sealed class BatchWork(StatusSyncPayload payload)
{
    private readonly Dictionary<long, DossierState> _committed = [];
    private readonly Dictionary<long, TouchedDossier> _touched = [];

    public IEnumerable<TouchedDossier> Dossiers => _touched.Values;
    public IReadOnlyCollection<long> TouchedIds => _touched.Keys;
    public List<AuditRecord> Audit { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];

    public void Clear()
    {
        _committed.Clear();
        _touched.Clear();
        Audit.Clear();
        Outbox.Clear();
    }

    /// <summary>Holds a committed dossier the batch's commands act on.</summary>
    public void Remember(DossierState committed) => _committed[committed.Id] = committed;

    public bool Holds(long dossierId) => _committed.ContainsKey(dossierId);

    /// <summary>The dossier as the next command sees it: after earlier commands of this batch, else as committed.</summary>
    public DossierState? Current(long dossierId) =>
        _touched.TryGetValue(dossierId, out var touched) ? touched.Current : _committed.GetValueOrDefault(dossierId);

    /// <summary>Records a change: versions it, serialises its instance, chains its audit record, builds its outbox message.</summary>
    public DossierState Stage(DossierState? before, DossierState after, AuditEntry entry, CommandContext context)
    {
        long id = after.Id;
        int version = (before?.Dossier.Version ?? 0) + 1;
        byte[] instance = before is not null && ReferenceEquals(before.Instance, after.Instance)
            ? before.Dossier.Instance
            : context.Runtime.Serialize(after.Instance);
        var audit = AuditChain.Record(context.NewId(), id, version, context.Now, entry, after.Dossier.Status, before?.Dossier.AuditHash);
        var staged = after.Change(d => d with { Version = version, Instance = instance, AuditHash = audit.Hash });
        Audit.Add(audit);
        Outbox.Add(new OutboxMessage
        {
            Id = context.NewId(),
            DossierId = id,
            Seq = version,
            Kind = OutboxMessage.StatusSync,
            Payload = payload.Build(staged),
            CreatedAt = context.Now,
        });
        if (_touched.TryGetValue(id, out var touched))
            touched.Current = staged;
        else
            _touched[id] = new TouchedDossier(before, staged);
        return staged;
    }
}
