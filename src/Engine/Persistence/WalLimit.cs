using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TthcFlow.Engine.Persistence;

/// <summary>
/// Keeps an SQLite store's write-ahead log from growing without bound. SQLite starts the log over
/// only once a checkpoint has copied every frame back to the database and no reader still reads
/// from the log; with readers always at work (the scheduler, the portal dispatcher, inboxes) that
/// moment may never come, and the log grows by every page the writer writes — 8 GB in twenty days
/// at a province's rate. So after a commit, once the log file is past the limit, the writer runs a
/// <c>TRUNCATE</c> checkpoint: it waits (up to the busy timeout) for readers of older snapshots to
/// finish, copies the rest back and empties the file. Nothing on another store.
/// </summary>
internal sealed class WalLimit
{
    private readonly SqliteConnection? _connection;
    private readonly string? _log;
    private readonly long _maxBytes;

    public WalLimit(DbConnection connection, int limitMb)
    {
        _maxBytes = limitMb * 1024L * 1024L;
        if (connection is SqliteConnection sqlite && sqlite.DataSource is { Length: > 0 } file && file != ":memory:")
            (_connection, _log) = (sqlite, Path.GetFullPath(file) + "-wal");
    }

    /// <summary>Empties the log if it has outgrown the limit; returns whether it did (a reader that would not finish leaves it for the next commit).</summary>
    public bool AfterCommit()
    {
        if (_log is null || !(new FileInfo(_log) is { Exists: true } log && log.Length > _maxBytes))
            return false;
        using var checkpoint = _connection!.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var result = checkpoint.ExecuteReader();
        return result.Read() && result.GetInt32(0) == 0;
    }
}
