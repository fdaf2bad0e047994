using Microsoft.EntityFrameworkCore;

namespace TthcFlow.Engine.Storage;

/// <summary>Configures EF Core for the chosen store.</summary>
public static class StoreRegistration
{
    public static DbContextOptionsBuilder UseEngineStore(this DbContextOptionsBuilder options, StoreOptions store)
    {
        return store.Provider switch
        {
            StoreProvider.Sqlite => options
                .UseSqlite(store.ConnectionString, o => o.MigrationsAssembly(typeof(EngineDbContext).Assembly.GetName().Name))
                .AddInterceptors(new SqlitePragmas()),
            _ => throw new InvalidOperationException(
                "PostgreSQL is not wired into this build yet; use an SQLite connection string (Data Source=…)."),
        };
    }
}
