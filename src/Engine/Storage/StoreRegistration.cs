using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace TthcFlow.Engine.Storage;

/// <summary>Configures EF Core for the chosen store: its provider, its connection settings and its own set of migrations.</summary>
public static class StoreRegistration
{
    public static DbContextOptionsBuilder UseEngineStore(this DbContextOptionsBuilder options, StoreOptions store)
    {
        string assembly = typeof(EngineDbContext).Assembly.GetName().Name!;
        options = store.Provider switch
        {
            StoreProvider.Sqlite => options
                .UseSqlite(store.ConnectionString, o => o.MigrationsAssembly(assembly))
                .AddInterceptors(new SqlitePragmas()),
            StoreProvider.PostgreSql => options
                .UseNpgsql(store.ConnectionString, o => o.MigrationsAssembly(assembly)),
            _ => throw new InvalidOperationException($"Unknown store provider {store.Provider}."),
        };
        return options.ReplaceService<IMigrationsAssembly, ProviderMigrations>();
    }
}
