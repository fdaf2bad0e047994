using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// Khóa khởi động — the PostgreSQL session advisory lock that serialises start-up work (migrations,
/// seeding, the first data-protection key) between engine nodes starting at once on one database.
/// Held on a connection of its own until disposed; the server releases it if the node dies. On
/// SQLite there is one node, and nothing is taken.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    /// <summary>The lock's key: "TthcFlow" in ASCII, so no other application's key is likely to collide.</summary>
    public const long Key = 0x5474_6863_466C_6F77;

    private readonly EngineDbContext? _db;

    private StartupLock(EngineDbContext? db) => _db = db;

    public static async Task<StartupLock> TakeAsync(IDbContextFactory<EngineDbContext> contexts, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            await db.DisposeAsync();
            return new StartupLock(null);
        }
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(db.Database.GetDbConnection(), "SELECT pg_advisory_lock(@key)", cancellationToken);
            return new StartupLock(db);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
            return;
        try
        {
            await ExecuteAsync(_db.Database.GetDbConnection(), "SELECT pg_advisory_unlock(@key)", CancellationToken.None);
        }
        finally
        {
            await _db.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)connection);
        command.Parameters.AddWithValue("key", Key);
        // Waiting for another node's migrations may take longer than a statement's default timeout.
        command.CommandTimeout = 0;
        await command.ExecuteScalarAsync(cancellationToken);
    }
}
