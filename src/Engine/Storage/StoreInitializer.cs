using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Definitions;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// At start-up, before the server listens: brings the database schema up to date (EF Core
/// migrations) and loads the procedures shipped in <c>workflows/procedures</c>.
/// </summary>
internal sealed class StoreInitializer(
    IDbContextFactory<EngineDbContext> contexts,
    ProcedureSeeder seeder,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
                await ReleaseStaleMigrationLockAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        var seeded = await seeder.SeedAsync(cancellationToken);
        logger.LogInformation("Store ready; {Count} procedure definition(s) loaded from the workflows folder", seeded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// EF Core keeps SQLite's migration lock as a row of <c>__EFMigrationsLock</c>, taken by every
    /// <c>Migrate</c> (even with nothing to apply) and never timed out: a process killed while it
    /// held the lock would make every later start wait forever. An SQLite store is one engine
    /// process's, so a lock row found before this process migrates is such a leftover; it is removed.
    /// </summary>
    private async Task ReleaseStaleMigrationLockAsync(EngineDbContext db, CancellationToken cancellationToken)
    {
        var tables = await db.Database.SqlQueryRaw<string>(
            "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'").ToListAsync(cancellationToken);
        if (tables.Count == 0)
            return;
        int removed = await db.Database.ExecuteSqlRawAsync("DELETE FROM \"__EFMigrationsLock\"", cancellationToken);
        if (removed > 0)
            logger.LogWarning("Removed a migration lock left by an engine process that stopped while it held it");
    }
}
