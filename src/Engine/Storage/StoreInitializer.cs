using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Definitions;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// At start-up, before the server listens: brings the database schema up to date (EF Core
/// migrations), loads the procedures shipped in <c>workflows/procedures</c> and makes sure the
/// data-protection key ring (cookies, antiforgery) exists in the store. On PostgreSQL, where
/// several nodes may start at once on one database, all three run under a session advisory lock
/// (<see cref="StartupLock"/>), so the second node finds the schema, the procedures and the key
/// the first one wrote instead of racing it.
/// </summary>
internal sealed class StoreInitializer(
    IDbContextFactory<EngineDbContext> contexts,
    ProcedureSeeder seeder,
    IServiceProvider services,
    ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var startup = await StartupLock.TakeAsync(contexts, cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite())
                await ReleaseStaleMigrationLockAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            // The query planner's statistics (the inbox's partial indexes are chosen by them), refreshed
            // for the tables that changed much since they were taken, from a bounded sample so a start
            // on a large store stays quick.
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize=0x10002;", cancellationToken);
        }
        var seeded = await seeder.SeedAsync(cancellationToken);
        // Loads the key ring now, creating its first key if there is none, while this node holds the lock.
        services.GetService<IDataProtectionProvider>()?.CreateProtector(nameof(StoreInitializer)).Protect([1]);
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
