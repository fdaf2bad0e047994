using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Definitions;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// The engine's store (SQLite by default, PostgreSQL for several nodes). Each capability owns
/// its entities and their mapping; this context only gathers them.
/// </summary>
public sealed class EngineDbContext(DbContextOptions<EngineDbContext> options) : DbContext(options)
{
    /// <summary>Versions of procedure definitions (phiên bản quy trình nội bộ).</summary>
    public DbSet<StoredDefinition> Definitions => Set<StoredDefinition>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngineDbContext).Assembly);
}
