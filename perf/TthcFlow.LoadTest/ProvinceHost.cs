using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TthcFlow.Engine.Hosting;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Scheduling;

namespace TthcFlow.LoadTest;

/// <summary>
/// The engine exactly as the server assembles it (<see cref="EngineApp.AddEngineServices"/>: store,
/// reference data, write pipeline, durable scheduler), on the simulated clock (<c>--clock simulated</c>)
/// starting at the first replayed morning, with the national-portal dispatcher sending to an
/// <see cref="InProcessPortal"/> (unless <c>--no-portal</c>). Kestrel listens on a loopback port nobody calls.
/// </summary>
public sealed class ProvinceHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ProvinceHost(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<ProvinceHost> StartAsync(LoadOptions options, DateTimeOffset clockStart, InProcessPortal portal)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:TthcFlow"] = options.StoreConnection,
            [EngineClock.ModeKey] = EngineClock.Simulated,
            [EngineClock.StartKey] = clockStart.ToString("O"),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            ["TthcFlow:Portal:Endpoint"] = options.Portal ? InProcessPortal.Endpoint.ToString() : null,
            ["TthcFlow:Portal:Parallelism"] = "2048",
            ["TthcFlow:Pipeline:MaxBatchSize"] = "4096",
        };
        if (options.Workflows is { } workflows)
            settings["TthcFlow:Workflows"] = workflows;
        builder.Configuration.AddInMemoryCollection(settings);
        // Any engine setting may still be changed for one run from the environment, e.g. TthcFlow__Portal__Parallelism=8192.
        builder.Configuration.AddEnvironmentVariables();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddEngineServices();
        // Ctrl+C and SIGTERM belong to the replay (it ends its day and reports), not to the host, which it stops itself.
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, ReplayLifetime>();
        builder.Services.AddHttpClient(PortalClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(portal.Handler);
        var app = builder.Build();
        await app.StartAsync();
        return new ProvinceHost(app);
    }

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A host lifetime that leaves the console's signals to the replay.</summary>
internal sealed class ReplayLifetime : Microsoft.Extensions.Hosting.IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
