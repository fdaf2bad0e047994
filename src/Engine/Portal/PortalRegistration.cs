using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TthcFlow.Engine.Portal;

/// <summary>Registers the national-portal sync: its options (<c>TthcFlow:Portal</c>), HTTP client, outbox access, dispatcher (a hosted service) and reconciliation report.</summary>
public static class PortalRegistration
{
    /// <summary>Call after <c>AddDossiers</c>, so the dispatcher starts after the write pipeline and reads the engine's clock.</summary>
    public static IServiceCollection AddPortalSync(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => PortalOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddHttpClient(PortalClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<PortalOutbox>();
        services.TryAddSingleton<PortalSyncReport>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<PortalOptions>();
            var clients = sp.GetRequiredService<IHttpClientFactory>();
            return new PortalDispatcher(sp.GetRequiredService<PortalOutbox>(),
                () => new PortalClient(clients.CreateClient(PortalClient.HttpClientName), options),
                sp.GetRequiredService<TimeProvider>(), options, sp.GetRequiredService<ILogger<PortalDispatcher>>());
        });
        services.AddHostedService(sp => sp.GetRequiredService<PortalDispatcher>());
        return services;
    }
}
