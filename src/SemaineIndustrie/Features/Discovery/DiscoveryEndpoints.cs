using SemaineIndustrie.Features.Geography;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SemaineIndustrie.Features.Discovery;

public static class DiscoveryEndpoints
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueHolder>();
        services.AddSingleton<EventIndex>();
        services.AddScoped<DatabaseEventSearch>();
        services.AddScoped<CatalogueSearch>();
        services.AddSingleton<SearchQueryParser>();
        services.AddSingleton<CatalogueRefresher>();
        services.AddSingleton<SeatAvailability>();
        services.AddHostedService<SeatAvailabilityRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<CatalogueRefresher>());
        return services;
    }

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Découverte").RequireRateLimiting(Web.RateLimits.PublicApi);
        api.MapGet("/evenements", SearchEvents).Produces<SearchResponse>();
        api.MapGet("/carte", MapEvents).Produces<MapResult>();
        api.MapGet("/geo/regions", RegionOutlines);
        return app;
    }

    /// Answers are cached per catalogue version as the bytes sent, keyed by the raw query string:
    /// a campaign sends everyone to the same few URLs, which then cost no parsing or serialising.
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> SearchEvents(
        HttpRequest request, SearchQueryParser parser, CatalogueHolder holder, CancellationToken ct)
    {
        var catalogue = holder.Current;
        var key = CacheKey("api-search", request);
        if (catalogue.TryGetCached<byte[]>(key, out var cached))
        {
            return Json(cached);
        }
        var (query, errors, _) = parser.Parse(request.Query, catalogue);
        if (errors.Count > 0)
        {
            return Problem(errors);
        }
        // Resolved only on a cache miss: it brings a database context with it.
        var search = request.HttpContext.RequestServices.GetRequiredService<CatalogueSearch>();
        var result = await search.SearchAsync(query, ct);
        if (query.Page > result.PageCount)
        {
            return Problem([new SearchError(SearchParameters.Page, $"La page {query.Page} n'existe pas : cette recherche compte {result.PageCount} page(s).")]);
        }
        var body = JsonSerializer.SerializeToUtf8Bytes(SearchResponse.From(result, catalogue), JsonOptions);
        return Json(catalogue.Holds(query.EditionId) ? catalogue.Cached(key, () => body) : body);
    }

    /// A search filtered on seats left is cached per version of the seats too.
    private static string CacheKey(string prefix, HttpRequest request) => prefix + request.QueryString.Value
        + (request.Query.ContainsKey(SearchParameters.Seats) ? "#" + request.HttpContext.RequestServices.GetRequiredService<SeatAvailability>().Version : "");

    private static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> MapEvents(
        HttpRequest request, SearchQueryParser parser, CatalogueHolder holder, EventIndex index)
    {
        var catalogue = holder.Current;
        var key = CacheKey("api-map", request);
        if (catalogue.TryGetCached<byte[]>(key, out var cached))
        {
            return Json(cached);
        }
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
        if (!catalogue.Holds(query.EditionId))
        {
            request.HttpContext.Response.Headers.RetryAfter = "2";
            return TypedResults.Problem("Les événements de cette édition sont en cours de chargement : réessayez dans un instant.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Carte en cours de chargement");
        }
        if (query.Box is { } box)
        {
            query = query with { Box = MapClusters.SnapToTiles(box, zoom) };
        }
        return Json(catalogue.Cached(key, () => JsonSerializer.SerializeToUtf8Bytes(MapClusters.Build(index.Matching(query, catalogue), zoom), JsonOptions)));
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static FileContentHttpResult Json(byte[] body) => TypedResults.Bytes(body, "application/json; charset=utf-8");

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
