using Microsoft.EntityFrameworkCore;
using TthcFlow.Engine.Calendar;
using TthcFlow.Engine.Catalogue;
using TthcFlow.Engine.Definitions;
using TthcFlow.Engine.Dossiers.Api;
using TthcFlow.Engine.Organisation;
using TthcFlow.Engine.Persistence;
using TthcFlow.Engine.Portal;
using TthcFlow.Engine.Reports;
using TthcFlow.Engine.Scheduling;
using TthcFlow.Engine.Security;
using TthcFlow.Engine.Storage;

namespace TthcFlow.Engine.Hosting;

/// <summary>Builds the server: services, store, endpoints. <c>Program</c> stays a few lines.</summary>
public static class EngineApp
{
    /// <summary>Where the server listens when neither <c>--urls</c> nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
            builder.WebHost.UseUrls(DefaultUrl);
        builder.AddEngineServices();
        var app = builder.Build();
        app.MapEngineEndpoints();
        return app;
    }

    public static void AddEngineServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // The request line carries the query string, and the citizen's look-up puts the ID number
        // there: no personal data in logs, so the per-request lines of the host are not written.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        var store = StoreOptions.From(builder.Configuration.GetConnectionString("TthcFlow"));
        services.AddSingleton(store);
        services.AddDbContextFactory<EngineDbContext>(o => o.UseEngineStore(store));

        services.AddSingleton(WorkflowsFolder.From(builder.Configuration));
        services.AddReferenceData();
        services.AddHostedService<StoreInitializer>();
        // After the store initializer, which creates the first key under the start-up lock before anything reads the key ring.
        services.AddDataProtectionKeysInStore();
        // After the store initializer: hosted services start in order, so the schema exists when the write pipeline opens.
        services.AddSingleton(PipelineOptions.From(builder.Configuration));
        services.AddDossiers();
        services.AddPortalSync();
        services.AddDossierApi();
        services.AddOfficerAuthentication(builder.Configuration);
        services.AddReports();
    }

    public static void MapEngineEndpoints(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapFrontEnd();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        var api = app.MapGroup("/api");
        api.MapCalendarApi();
        api.MapOrganisationApi();
        api.MapActivitiesApi();
        api.MapDefinitionsApi();
        api.MapDossierApi();
        api.MapSchedulingApi();
        api.MapReportsApi();
        api.MapPortalApi();
    }
}
