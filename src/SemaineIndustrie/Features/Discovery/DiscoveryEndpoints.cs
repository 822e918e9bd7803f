using SemaineIndustrie.Features.Geography;
using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SemaineIndustrie.Features.Discovery;

public static class DiscoveryEndpoints
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueHolder>();
        services.AddSingleton<EventIndex>();
        services.AddSingleton<SearchQueryParser>();
        services.AddSingleton<CatalogueRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogueRefresher>());
        return services;
    }

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Découverte").RequireRateLimiting(Web.RateLimits.PublicApi);
        api.MapGet("/evenements", SearchEvents);
        api.MapGet("/carte", MapEvents);
        api.MapGet("/geo/regions", RegionOutlines);
        return app;
    }

    private static Results<Ok<SearchResponse>, ValidationProblem> SearchEvents(
        HttpRequest request, SearchQueryParser parser, CatalogueHolder holder, EventIndex index)
    {
        var catalogue = holder.Current;
        var (query, errors, _) = parser.Parse(request.Query, catalogue);
        if (errors.Count > 0)
        {
            return Problem(errors);
        }
        var result = index.Search(query);
        if (query.Page > result.PageCount)
        {
            return Problem([new SearchError(SearchParameters.Page, $"La page {query.Page} n'existe pas : cette recherche compte {result.PageCount} page(s).")]);
        }
        return TypedResults.Ok(SearchResponse.From(result, catalogue));
    }

    private static Results<Ok<MapResult>, ValidationProblem> MapEvents(
        HttpRequest request, SearchQueryParser parser, CatalogueHolder holder, EventIndex index)
    {
        var catalogue = holder.Current;
        var (query, errors, _) = parser.Parse(request.Query, catalogue);
        var zoomText = request.Query[SearchParameters.Zoom].ToString();
        var zoom = MapClusters.MinZoom + 3;
        if (zoomText.Length > 0 && (!int.TryParse(zoomText, NumberStyles.None, CultureInfo.InvariantCulture, out zoom) || zoom is < MapClusters.MinZoom or > MapClusters.MaxZoom))
        {
            errors = [.. errors, new SearchError(SearchParameters.Zoom, $"Le zoom doit être un entier entre {MapClusters.MinZoom} et {MapClusters.MaxZoom}.")];
        }
        if (errors.Count > 0)
        {
            return Problem(errors);
        }
        if (query.Box is { } box)
        {
            query = query with { Box = MapClusters.SnapToTiles(box, zoom) };
        }
        var key = "map" + zoom + "|" + query.EditionId + SearchParameters.ToQueryString(query with { Page = 1, PageSize = SearchLimits.DefaultPageSize, Sort = SearchSort.Date }, null);
        return TypedResults.Ok(catalogue.Cached(key, () => MapClusters.Build(index.Matching(query, catalogue), zoom)));
    }

    private static Results<PhysicalFileHttpResult, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>> RegionOutlines(HttpResponse response, FrenchGeography geography)
    {
        if (geography.RegionOutlinesFile is not { } path)
        {
            return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Title = "Contours des régions indisponibles",
                Detail = "Le répertoire de données géographiques (Geo:DataDirectory) n'est pas configuré.",
                Status = StatusCodes.Status404NotFound,
            });
        }
        response.Headers.CacheControl = "public, max-age=86400";
        return TypedResults.PhysicalFile(path, "application/geo+json");
    }

    private static ValidationProblem Problem(IEnumerable<SearchError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        title: "Paramètres de recherche invalides");
}
