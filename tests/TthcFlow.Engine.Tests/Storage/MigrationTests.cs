using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Tests.Storage;

/// <summary>Each store has its own migrations, they match the one model, and they build the schema from an empty database.</summary>
public abstract class MigrationTests(StoreProvider provider) : IAsyncLifetime
{
    private TestStore _store = null!;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync(provider);

    public async Task DisposeAsync() => await _store.DisposeAsync();

    [StoreFact]
    public void The_stores_migrations_match_the_model_and_are_its_own()
    {
        using var db = new EngineDbContext(_store.ContextOptions());
        var migrations = db.GetService<IMigrationsAssembly>();
        string own = provider == StoreProvider.PostgreSql ? ProviderMigrations.PostgreSqlNamespace : ProviderMigrations.SqliteNamespace;

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that {provider}'s migrations lack: run scripts/add-migration <Name>.");
        Assert.NotEmpty(migrations.Migrations);
        Assert.All(migrations.Migrations.Values, m => Assert.Equal(own, m.Namespace));
        Assert.Equal(own, migrations.ModelSnapshot!.GetType().Namespace);
    }

    [StoreFact]
    public async Task Migrating_an_empty_database_applies_every_migration_and_creates_every_table_of_the_model()
    {
        await using var db = new EngineDbContext(_store.ContextOptions());
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order().ToList();
        var sql = provider == StoreProvider.PostgreSql
            ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'";
        var existing = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        Assert.All(tables, t => Assert.Contains(t, existing));
    }

    public sealed class OnSqlite() : MigrationTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : MigrationTests(StoreProvider.PostgreSql), IOnPostgreSql;
}
