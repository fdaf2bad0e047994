using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Definitions;

namespace TthcFlow.Engine.Storage;

/// <summary>
/// The engine's store (SQLite by default, PostgreSQL for several nodes). Each capability owns
/// its entities and their mapping; this context only gathers them.
/// </summary>
public sealed class EngineDbContext(DbContextOptions<EngineDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>Versions of procedure definitions (phiên bản quy trình nội bộ).</summary>
    public DbSet<StoredDefinition> Definitions => Set<StoredDefinition>();

    /// <summary>ASP.NET Core data-protection keys (cookies, antiforgery), shared by every node of the store.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EngineDbContext).Assembly);
}
