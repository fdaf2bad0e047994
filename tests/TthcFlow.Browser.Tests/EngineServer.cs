using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace TthcFlow.Browser.Tests;

/// <summary>
/// The real engine on a real Kestrel port (a browser needs one), with a fresh SQLite file of its
/// own (deleted on dispose) and the repository's workflows folder.
/// </summary>
/// <param name="settings">Extra configuration, e.g. <c>("clock", "simulated")</c> for a server on the virtual clock.</param>
public sealed class EngineServer(params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tthcflow-browser-").FullName;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:TthcFlow", $"Data Source={Path.Combine(_folder, "tthcflow.db")}");
        builder.UseSetting("TthcFlow:Workflows", RepoPaths.Workflows);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test's officers sign in from the one loopback address.
        builder.UseSetting("TthcFlow:SignIn:AttemptsPerAddress", "100000");
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }

    public void Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
