using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TthcFlow.Engine.Storage;
using TthcFlow.Engine.Tests.Storage;

namespace TthcFlow.Engine.Tests.Hosting;

/// <summary>
/// The real engine on a fresh store of its own (an SQLite file by default, or a fresh PostgreSQL
/// database; removed on dispose), with the repository's workflows folder. Each test class that
/// needs isolation gets its own factory.
/// </summary>
public sealed class EngineFactory : WebApplicationFactory<Program>
{
    private readonly TestStore _store;

    /// <summary>On SQLite (the one public constructor, as class fixtures need).</summary>
    public EngineFactory()
        : this(StoreProvider.Sqlite)
    {
    }

    internal EngineFactory(StoreProvider provider) => _store = TestStore.Create(provider);

    public string ConnectionString => _store.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:TthcFlow", _store.ConnectionString);
        builder.UseSetting("TthcFlow:Workflows", RepoPaths.Workflows);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
