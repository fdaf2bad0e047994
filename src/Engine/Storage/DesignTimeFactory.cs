using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TthcFlow.Engine.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the server.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EngineDbContext>
{
    public EngineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<EngineDbContext>();
        options.UseEngineStore(StoreOptions.From("Data Source=design-time.db"));
        return new EngineDbContext(options.Options);
    }
}
