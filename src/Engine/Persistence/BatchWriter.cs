using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using TthcFlow.Engine.Apologies;
using TthcFlow.Engine.Deadlines;
using TthcFlow.Engine.Dossiers.Model;
using TthcFlow.Engine.Notifications;
using TthcFlow.Engine.Runtime;
using TthcFlow.Engine.Tasks;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Writes a staged batch in its transaction: for each touched dossier the difference between its
/// committed and latest state (the dossier row guarded by its version; new and changed tasks,
/// documents, fees, supplement requests, notifications, apologies and clock pauses; timers armed
/// and disarmed — runtime bookmarks and the deadline timers the state calls for), then the audit
/// records and outbox messages (status sync, and one delivery message per dossier for the
/// notifications it raised). Returns the number of rows written.
/// </summary>
internal sealed class BatchWriter(IModel model, DbConnection connection) : IDisposable
{
    private readonly TableWriter<Dossier> _dossiers = new(model, connection);
    private readonly TableWriter<DossierTask> _tasks = new(model, connection);
    private readonly TableWriter<DossierDocument> _documents = new(model, connection);
    private readonly TableWriter<DossierFee> _fees = new(model, connection);
    private readonly TableWriter<SupplementRequest> _supplements = new(model, connection);
    private readonly TableWriter<Notification> _notifications = new(model, connection);
    private readonly TableWriter<Apology> _apologies = new(model, connection);
    private readonly TableWriter<ClockPause> _pauses = new(model, connection);
    private readonly TableWriter<DossierTimer> _timers = new(model, connection);
    private readonly TableWriter<AuditRecord> _audit = new(model, connection);
    private readonly TableWriter<OutboxMessage> _outbox = new(model, connection);
    private readonly TableWriter<OutboxPayload> _payloads = new(model, connection);
    private readonly List<OutboxPayload> _payloadRows = [];

    private readonly Changes<Dossier> _dossierRows = new();
    private readonly Changes<DossierTask> _taskRows = new();
    private readonly Changes<SupplementRequest> _supplementRows = new();
    private readonly Changes<Notification> _notificationRows = new();
    private readonly Changes<Apology> _apologyRows = new();
    private readonly Changes<ClockPause> _pauseRows = new();
    private readonly List<OutboxMessage> _deliveries = [];
    private readonly List<DossierTimer> _deadlinesBefore = [], _deadlinesAfter = [];
    private readonly List<DossierDocument> _newDocuments = [];
    private readonly List<DossierFee> _newFees = [];
    private readonly List<DossierTimer> _armed = [], _disarmed = [];
    private readonly Dictionary<long, object> _expectedVersions = [];

    /// <summary>The timer rows the last <see cref="Write"/> inserted (valid until the next one).</summary>
    public IReadOnlyList<DossierTimer> Armed => _armed;

    public int Write(DbTransaction transaction, BatchWork work)
    {
        Collect(work);
        // Parents before children (foreign keys), the dossier row first so a stale version fails early.
        int rows = _dossiers.Insert(transaction, _dossierRows.Inserted)
            + _dossiers.Update(transaction, _dossierRows.Updated, d => _expectedVersions[d.Id])
            + _tasks.Insert(transaction, _taskRows.Inserted)
            + _tasks.Update(transaction, _taskRows.Updated)
            + _documents.Insert(transaction, _newDocuments)
            + _fees.Insert(transaction, _newFees)
            + _supplements.Insert(transaction, _supplementRows.Inserted)
            + _supplements.Update(transaction, _supplementRows.Updated)
            + _notifications.Insert(transaction, _notificationRows.Inserted)
            + _notifications.Update(transaction, _notificationRows.Updated)
            + _apologies.Insert(transaction, _apologyRows.Inserted)
            + _apologies.Update(transaction, _apologyRows.Updated)
            + _pauses.Insert(transaction, _pauseRows.Inserted)
            + _pauses.Update(transaction, _pauseRows.Updated)
            + _timers.Delete(transaction, _disarmed)
            + _timers.Insert(transaction, _armed)
            + _audit.Insert(transaction, work.Audit)
            + _outbox.Insert(transaction, work.Outbox)
            + _outbox.Insert(transaction, _deliveries)
            + _payloads.Insert(transaction, _payloadRows);
        return rows;
    }

    public void Dispose()
    {
        foreach (var writer in (IDisposable[])[_dossiers, _tasks, _documents, _fees, _supplements, _notifications, _apologies, _pauses, _timers, _audit, _outbox, _payloads])
            writer.Dispose();
    }

    private void Collect(BatchWork work)
    {
        _dossierRows.Clear();
        _taskRows.Clear();
        _supplementRows.Clear();
        _notificationRows.Clear();
        _apologyRows.Clear();
        _pauseRows.Clear();
        _deliveries.Clear();
        _newDocuments.Clear();
        _newFees.Clear();
        _armed.Clear();
        _disarmed.Clear();
        _expectedVersions.Clear();
        foreach (var touched in work.Dossiers)
        {
            var (before, after) = (touched.Committed, touched.Current);
            if (before is null)
            {
                _dossierRows.Inserted.Add(after.Dossier);
            }
            else
            {
                _dossierRows.Updated.Add(after.Dossier);
                _expectedVersions[after.Id] = before.Dossier.Version;
            }
            _taskRows.Diff(before?.Tasks, after.Tasks, t => t.Id);
            _supplementRows.Diff(before?.Supplements, after.Supplements, s => s.Id);
            _apologyRows.Diff(before?.Apologies, after.Apologies, a => a.Id);
            _pauseRows.Diff(before?.Pauses, after.Pauses, p => p.Id);
            int raised = _notificationRows.Inserted.Count;
            _notificationRows.Diff(before?.Notifications, after.Notifications, n => n.Id);
            if (_notificationRows.Inserted.Count > raised && NotificationDelivery.Message(after, _notificationRows.Inserted.Skip(raised)) is { } delivery)
                _deliveries.Add(delivery);
            _newDocuments.AddRange(after.Documents.Skip(before?.Documents.Count ?? 0));
            _newFees.AddRange(after.Fees.Skip(before?.Fees.Count ?? 0));
            DiffTimers(after.Id, before?.Instance, after.Instance);
            DiffDeadlines(before, after);
        }
        _payloadRows.Clear();
        foreach (var message in work.Outbox.Concat(_deliveries))
        {
            if (message.Payload is { } payload)
                _payloadRows.Add(new OutboxPayload { OutboxId = message.Id, Payload = payload });
        }
    }

    /// <summary>Deadline timers follow the state (<see cref="DeadlineTimers"/>): rows the new state no longer calls for go, new or moved ones come.</summary>
    private void DiffDeadlines(DossierState? before, DossierState after)
    {
        if (ReferenceEquals(before, after))
            return;
        _deadlinesBefore.Clear();
        _deadlinesAfter.Clear();
        if (before is not null)
            DeadlineTimers.Collect(before, _deadlinesBefore);
        DeadlineTimers.Collect(after, _deadlinesAfter);
        foreach (var old in _deadlinesBefore)
        {
            if (!_deadlinesAfter.Contains(old))
                _disarmed.Add(old);
        }
        foreach (var armed in _deadlinesAfter)
        {
            if (!_deadlinesBefore.Contains(armed))
                _armed.Add(armed);
        }
    }

    /// <summary>The timers table mirrors the instance's timer bookmarks.</summary>
    private void DiffTimers(long dossierId, InstanceState? before, InstanceState after)
    {
        if (ReferenceEquals(before, after))
            return;
        foreach (var b in after.Bookmarks)
        {
            if (b is { Kind: BookmarkKind.Timer, DueAt: { } due } && before?.FindBookmark(b.Id) is null)
                _armed.Add(new DossierTimer { DossierId = dossierId, Purpose = TimerPurpose.Bookmark, Ref = b.Id, DueAt = due });
        }
        if (before is null)
            return;
        foreach (var b in before.Bookmarks)
        {
            if (b.Kind == BookmarkKind.Timer && after.FindBookmark(b.Id) is null)
                _disarmed.Add(new DossierTimer { DossierId = dossierId, Purpose = TimerPurpose.Bookmark, Ref = b.Id });
        }
    }

    /// <summary>Rows of one child table that are new or changed between two states of a dossier.</summary>
    private sealed class Changes<T> where T : class
    {
        public List<T> Inserted { get; } = [];
        public List<T> Updated { get; } = [];

        public void Clear()
        {
            Inserted.Clear();
            Updated.Clear();
        }

        public void Diff(IReadOnlyList<T>? before, IReadOnlyList<T> after, Func<T, long> id)
        {
            foreach (var row in after)
            {
                var old = before is null ? null : Find(before, id(row), id);
                if (old is null)
                    Inserted.Add(row);
                else if (!ReferenceEquals(old, row))
                    Updated.Add(row);
            }
        }

        private static T? Find(IReadOnlyList<T> rows, long key, Func<T, long> id)
        {
            foreach (var row in rows)
            {
                if (id(row) == key)
                    return row;
            }
            return null;
        }
    }
}
