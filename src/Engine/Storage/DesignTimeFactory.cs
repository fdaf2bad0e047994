using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// Lets <c>dotnet ef</c> build the context without starting the server. The provider whose
/// migrations are made is the argument after <c>--</c>: <c>sqlite</c> (the default) or
/// <c>postgresql</c>; no database is contacted to add a migration (scripts/add-migration does both).
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext(string[] args)
    {
        var provider = args.FirstOrDefault()?.ToLowerInvariant() switch
        {
            null or "sqlite" => StoreOptions.From("Data Source=design-time.db"),
            "postgresql" or "postgres" => StoreOptions.From("Host=localhost;Database=tthcflow_design_time"),
            var other => throw new ArgumentException($"Unknown store '{other}': pass sqlite or postgresql after --."),
        };
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        options.UseEngineStore(provider);
        return new EngineDbContext(options.Options);
    }
}
