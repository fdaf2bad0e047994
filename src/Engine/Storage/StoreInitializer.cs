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
            await db.Database.MigrateAsync(cancellationToken);
        var seeded = await seeder.SeedAsync(cancellationToken);
        logger.LogInformation("Store ready; {Count} procedure definition(s) loaded from the workflows folder", seeded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
