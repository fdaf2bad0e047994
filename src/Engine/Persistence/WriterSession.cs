using System.Diagnostics;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// The writer of one store: one EF context and its connection (opened through EF, so the store's
/// pragmas apply: WAL, synchronous=FULL), the prepared table writers, the cache of committed
/// dossiers and the sequences. <see cref="Run"/> takes a batch of commands through one transaction:
/// load → apply each → write the batch → commit → answer every caller. Used by one thread.
/// </summary>
internal sealed class WriterSession : IDisposable
{
    private readonly EngineDbContext _db;
    private readonly DossierEnvironment _environment;
    private readonly TimeProvider _time;
    private readonly PipelineOptions _options;
    private readonly PipelineStatistics _statistics;
    private readonly StateCache _cache;
    private readonly StateLoader _loader;
    private readonly Sequences _sequences;
    private readonly BatchWriter _writer;
    private readonly BatchWork _work = new(new StatusSyncPayload());
    private readonly List<long> _unknownTasks = [], _missing = [];
    private readonly StaleCacheGuard _staleGuard = new();
    private readonly Action<IReadOnlyList<DossierTimer>>? _timersArmed;
    private readonly WalLimit _walLimit;

    public WriterSession(EngineDbContext db, DossierEnvironment environment, TimeProvider time, PipelineOptions options, PipelineStatistics statistics,
        Action<IReadOnlyList<DossierTimer>>? timersArmed = null)
    {
        (_db, _environment, _time, _options, _statistics) = (db, environment, time, options, statistics);
        _timersArmed = timersArmed;
        _db.Database.OpenConnection();
        var connection = _db.Database.GetDbConnection();
        WriterPragmas(connection, options.WriterCacheMb);
        _cache = new StateCache(options.CacheCapacity);
        _loader = new StateLoader(db, environment.Runtime);
        _sequences = new Sequences(connection);
        _writer = new BatchWriter(db.Model, connection);
        _walLimit = new WalLimit(connection, options.WalLimitMb);
    }

    /// <summary>
    /// Runs the batch and answers each caller. A stale read (another node wrote first) reruns it on
    /// fresh state; any other failure rolls it back whole and reruns each command alone, so only
    /// the command whose rows cannot be written fails.
    /// </summary>
    public void Run(IReadOnlyList<PendingCommand> batch)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                RunOnce(batch);
                foreach (var pending in batch)
                    pending.Answer();
                return;
            }
            catch (StaleStateException) when (attempt < _options.MaxAttempts)
            {
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var pending in batch)
                    Run([pending]);
                return;
            }
            catch (Exception e)
            {
                batch[0].Fail(e);
                return;
            }
        }
    }

    private void RunOnce(IReadOnlyList<PendingCommand> batch)
    {
        long started = Stopwatch.GetTimestamp();
        using var transaction = _db.Database.BeginTransaction();
        var dbTransaction = transaction.GetDbTransaction();
        _sequences.BeginBatch(dbTransaction);
        _work.Clear();
        int refused = 0, rows;
        long loaded, applied, written;
        try
        {
            Load(batch);
            loaded = Stopwatch.GetTimestamp();
            var context = new CommandContext(_time.GetUtcNow(), _environment, _sequences);
            foreach (var pending in batch)
            {
                pending.Reset();
                Apply(pending, context);
                refused += pending.Result is { Succeeded: false } ? 1 : 0;
            }
            _staleGuard.Verify(_loader, _cache);
            applied = Stopwatch.GetTimestamp();
            rows = _writer.Write(dbTransaction, _work) + _sequences.Write();
            written = Stopwatch.GetTimestamp();
            transaction.Commit();
        }
        catch
        {
            _sequences.Abort();
            foreach (long id in _work.TouchedIds)
                _cache.Evict(id);
            throw;
        }
        _sequences.Committed();
        foreach (var touched in _work.Dossiers)
            _cache.Put(touched.Current);
        if (_writer.Armed.Count > 0)
            _timersArmed?.Invoke(_writer.Armed);
        // On the writer's thread, before the next batch; its time counts as the commit's.
        if (_walLimit.AfterCommit())
            _statistics.WalEmptiedOnce();
        long committed = Stopwatch.GetTimestamp();
        _statistics.Committed(batch.Count, refused, rows, loaded - started, applied - loaded, written - applied, committed - written);
    }

    /// <summary>Resolves each command's dossier and brings the ones not in memory from the store.</summary>
    private void Load(IReadOnlyList<PendingCommand> batch)
    {
        _unknownTasks.Clear();
        _missing.Clear();
        _staleGuard.Clear();
        foreach (var pending in batch)
        {
            var target = pending.Command.Target;
            pending.DossierId = target.TaskId is { } task ? _cache.DossierOfTask(task) : target.DossierId;
            if (target.TaskId is { } unknown && pending.DossierId is null)
                _unknownTasks.Add(unknown);
        }
        if (_unknownTasks.Count > 0)
        {
            var found = _loader.DossiersOfTasks(_unknownTasks);
            foreach (var pending in batch)
            {
                if (pending.DossierId is null && pending.Command.Target.TaskId is { } task && found.TryGetValue(task, out long id))
                    pending.DossierId = id;
            }
        }
        foreach (var pending in batch)
        {
            if (pending.DossierId is not { } id || _work.Holds(id))
                continue;
            if (_cache.Get(id) is { } remembered && pending.Command.Target.TaskId is { } taskId && remembered.FindTask(taskId) is null)
                _cache.Evict(id); // a task the cached dossier does not know: another node opened it since
            if (_cache.Get(id) is { } cached)
            {
                _work.Remember(cached);
                _staleGuard.FromCache(id);
            }
            else if (!_missing.Contains(id))
                _missing.Add(id);
        }
        if (_missing.Count > 0)
        {
            foreach (var state in _loader.Load(_missing))
            {
                _cache.Put(state);
                _work.Remember(state);
            }
        }
    }

    /// <summary>Applies one command to its dossier's latest state and stages the change; a refusal or a defect touches nothing.</summary>
    private void Apply(PendingCommand pending, CommandContext context)
    {
        var command = pending.Command;
        var state = pending.DossierId is { } id ? _work.Current(id) : null;
        if (!command.Target.IsNew && state is null)
        {
            pending.Result = CommandResult.Failed(DomainError.NotFound(
                command.Target.TaskId is { } task ? $"No task {task}." : $"No dossier {command.Target.DossierId}."));
            _staleGuard.WroteNothing(pending.DossierId);
            return;
        }
        if (command.ExpectedVersion is { } expected && state is not null && state.Dossier.Version != expected)
        {
            pending.Result = CommandResult.Failed(DomainError.Conflict(
                $"Dossier {state.Dossier.Code} is at version {state.Dossier.Version}, not {expected}: someone changed it first."));
            _staleGuard.WroteNothing(pending.DossierId);
            return;
        }
        _sequences.BeginCommand();
        try
        {
            var outcome = command.Apply(state, context);
            if (outcome.Error is { } error)
            {
                _sequences.GiveBack();
                pending.Result = CommandResult.Failed(error);
                _staleGuard.WroteNothing(pending.DossierId);
            }
            else
            {
                if (outcome.Audit is null)
                    _staleGuard.WroteNothing(pending.DossierId);
                var after = outcome.Audit is null ? outcome.State! : _work.Stage(state, outcome.State!, outcome.Audit, context);
                pending.Result = CommandResult.Ok(after);
            }
        }
        catch (Exception e) when (e is not DbException and not StaleStateException)
        {
            _sequences.GiveBack();
            pending.Defect = e;
            _staleGuard.WroteNothing(pending.DossierId);
        }
    }

    /// <summary>
    /// The writer's own connection settings, on top of the store's (WAL, synchronous=FULL): a page
    /// cache of <see cref="PipelineOptions.WriterCacheMb"/> for the working set of busy batches (a
    /// page evicted is read back from the log at the next batch that touches it: 64 MB read back
    /// 90 MB every 6 s at a province's rate); statement journals in memory (a journal file per
    /// statement otherwise costs a write per row); and WAL checkpoints every ~40 MB of log instead
    /// of every 4 MB — each runs inside a commit, and a page changed many times between two
    /// checkpoints is copied once.
    /// </summary>
    private static void WriterPragmas(DbConnection connection, int cacheMb)
    {
        if (connection is not SqliteConnection)
            return;
        using var pragma = connection.CreateCommand();
        pragma.CommandText = $"PRAGMA cache_size=-{cacheMb * 1024L}; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=10000;";
        pragma.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _writer.Dispose();

        _db.Database.CloseConnection();
        _db.Dispose();
    }
}
