using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TthcFlow.Engine.Tests.Hosting;

/// <summary>
/// The real engine on a fresh SQLite file of its own (deleted on dispose), with the repository's
/// workflows folder. Each test class that needs isolation gets its own factory.
/// </summary>
public sealed class EngineFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tthcflow-test-").FullName;

    public string DatabasePath => Path.Combine(_folder, "tthcflow.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:TthcFlow", $"Data Source={DatabasePath}");
        builder.UseSetting("TthcFlow:Workflows", RepoPaths.Workflows);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
