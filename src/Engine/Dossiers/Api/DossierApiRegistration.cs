using System.Text.Json.Serialization.Metadata;
using TthcFlow.Engine.Security;

namespace TthcFlow.Engine.Dossiers.Api;

/// <summary>Wires the officer-facing and public dossier endpoints under <c>/api</c>.</summary>
public static class DossierApiRegistration
{
    /// <summary>JSON shaping for dossier responses (see <see cref="DossierJson"/>).</summary>
    public static IServiceCollection AddDossierApi(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.TypeInfoResolver = (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(DossierJson.HideInternals));

    public static IEndpointRouteBuilder MapDossierApi(this IEndpointRouteBuilder api)
    {
        api.MapSessionApi();
        api.MapDossiersApi();
        api.MapInboxApi();
        api.MapTasksApi();
        api.MapPublicApi();
        api.MapApologiesApi();
        api.MapNotificationsApi();
        api.MapClockApi();
        return api;
    }
}
