using TthcFlow.Definitions.Activities;

namespace TthcFlow.Engine.Catalogue;

/// <summary>The activity catalogue the designer's palette and property panel are generated from.</summary>
public static class ActivitiesApi
{
    public static void MapActivitiesApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/activities", () => Results.Ok(ActivityCatalogue.Default.Descriptors))
            .WithTags("Catalogue").WithSummary("Danh mục hoạt động / activity catalogue");
        routes.MapGet("/activities/{type}", (string type, HttpContext http) =>
                ActivityCatalogue.Default.Find(type) is { } descriptor
                    ? Results.Ok(descriptor)
                    : Hosting.Problems.NotFound(http, $"Không có loại hoạt động '{type}'.", $"No activity type '{type}'."))
            .WithTags("Catalogue");
    }
}
