using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace SemaineIndustrie.Features.OpenData;

public static class OpenDataEndpoints
{
    public const string DocumentName = "v1";
    public const string DocumentUrl = "/api/v1/openapi.json";
    public const string CorsPolicy = "open-data";

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddSingleton<CatalogueDates>();
        services.AddSingleton<OpenDataCache>();
        // Reads only, from anywhere, without cookies: the data is public and no visitor is signed in to it.
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET", "HEAD").WithHeaders("If-None-Match", "If-Modified-Since").WithExposedHeaders("ETag", "Last-Modified", "Retry-After")));
        services.AddOpenApi(DocumentName, OpenDataDocument.Configure);
        return services;
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithGroupName(DocumentName).WithTags("Données ouvertes")
            .RequireCors(CorsPolicy).RequireRateLimiting(Web.RateLimits.PublicApi);
        api.MapMethods("/events", ["GET", "HEAD"], Events).WithName("events").Produces<EventsPage>(StatusCodes.Status200OK, "application/json").WithResponses();
        api.MapMethods("/events.geojson", ["GET", "HEAD"], EventsGeoJson).WithName("events-geojson").Produces(StatusCodes.Status200OK, contentType: "application/geo+json").WithResponses();
        api.MapMethods("/events.ics", ["GET", "HEAD"], EventsCalendar).WithName("events-ics").Produces(StatusCodes.Status200OK, contentType: "text/calendar").WithResponses();
        api.MapMethods("/events.csv", ["GET", "HEAD"], EventsCsv).WithName("events-csv").Produces(StatusCodes.Status200OK, contentType: "text/csv").WithResponses();
        api.MapMethods("/events.rss", ["GET", "HEAD"], EventsRss).WithName("events-rss").Produces(StatusCodes.Status200OK, contentType: "application/rss+xml").WithResponses();
        app.MapOpenApi(DocumentUrl).RequireCors(CorsPolicy).RequireRateLimiting(Web.RateLimits.PublicApi).CacheOutput(policy => policy.Expire(TimeSpan.FromHours(1)));
        return app;
    }

    private static RouteHandlerBuilder WithResponses(this RouteHandlerBuilder builder) => builder
        .Produces(StatusCodes.Status304NotModified)
        .ProducesProblem(StatusCodes.Status429TooManyRequests)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>Événements labellisés (JSON)</summary>
    /// <remarks>
    /// Les événements labellisés qui répondent aux mêmes filtres que la recherche du site, dans l'ordre du catalogue
    /// (début de la première séance, puis identifiant). La réponse donne une page de « limit » événements et l'adresse
    /// « next » de la suivante : le curseur qu'elle porte reprend juste après le dernier événement reçu, sans doublon
    /// ni trou même si le catalogue change entre deux pages.
    /// </remarks>
    /// <response code="200">Une page d'événements.</response>
    /// <response code="400">Un paramètre est invalide : le détail nomme chaque paramètre en cause.</response>
    /// <response code="304">La copie du client (If-None-Match ou If-Modified-Since) est à jour.</response>
    /// <response code="429">Trop de requêtes : réessayer après le délai de l'en-tête Retry-After.</response>
    /// <response code="503">L'édition demandée est en cours de chargement : réessayer après le délai de l'en-tête Retry-After.</response>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> Events(HttpContext context, CancellationToken ct) =>
        OpenDataAnswer.SendAsync(context, OpenDataFormats.Json, ct);

    /// <summary>Événements labellisés (GeoJSON)</summary>
    /// <remarks>
    /// La même sélection en FeatureCollection GeoJSON (RFC 7946) : un point par événement sur place, coordonnées
    /// longitude puis latitude (WGS 84). Les événements en ligne, sans lieu, n'y figurent pas.
    /// </remarks>
    /// <response code="200">Une FeatureCollection.</response>
    /// <response code="400">Un paramètre est invalide : le détail nomme chaque paramètre en cause.</response>
    /// <response code="304">La copie du client (If-None-Match ou If-Modified-Since) est à jour.</response>
    /// <response code="429">Trop de requêtes : réessayer après le délai de l'en-tête Retry-After.</response>
    /// <response code="503">L'édition demandée est en cours de chargement : réessayer après le délai de l'en-tête Retry-After.</response>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> EventsGeoJson(HttpContext context, CancellationToken ct) =>
        OpenDataAnswer.SendAsync(context, OpenDataFormats.GeoJson, ct);

    /// <summary>Séances des événements labellisés (iCalendar)</summary>
    /// <remarks>
    /// La même sélection en calendrier iCalendar (RFC 5545), à importer ou à suivre par abonnement : un VEVENT par
    /// séance, dont l'UID ne change pas d'une version à l'autre.
    /// </remarks>
    /// <response code="200">Un calendrier.</response>
    /// <response code="400">Un paramètre est invalide : le détail nomme chaque paramètre en cause.</response>
    /// <response code="304">La copie du client (If-None-Match ou If-Modified-Since) est à jour.</response>
    /// <response code="429">Trop de requêtes : réessayer après le délai de l'en-tête Retry-After.</response>
    /// <response code="503">L'édition demandée est en cours de chargement : réessayer après le délai de l'en-tête Retry-After.</response>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> EventsCalendar(HttpContext context, CancellationToken ct) =>
        OpenDataAnswer.SendAsync(context, OpenDataFormats.Calendar, ct);

    /// <summary>Séances des événements labellisés (CSV)</summary>
    /// <remarks>
    /// La même sélection en CSV (UTF-8, virgule, une ligne par séance) ; les colonnes sont décrites sur la page
    /// /donnees-ouvertes.
    /// </remarks>
    /// <response code="200">Un fichier CSV.</response>
    /// <response code="400">Un paramètre est invalide : le détail nomme chaque paramètre en cause.</response>
    /// <response code="304">La copie du client (If-None-Match ou If-Modified-Since) est à jour.</response>
    /// <response code="429">Trop de requêtes : réessayer après le délai de l'en-tête Retry-After.</response>
    /// <response code="503">L'édition demandée est en cours de chargement : réessayer après le délai de l'en-tête Retry-After.</response>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> EventsCsv(HttpContext context, CancellationToken ct) =>
        OpenDataAnswer.SendAsync(context, OpenDataFormats.Csv, ct);

    /// <summary>Derniers événements labellisés (RSS)</summary>
    /// <remarks>Un flux RSS 2.0 des 50 derniers événements labellisés de la sélection, du plus récent au plus ancien.</remarks>
    /// <response code="200">Un flux RSS.</response>
    /// <response code="400">Un paramètre est invalide : le détail nomme chaque paramètre en cause.</response>
    /// <response code="304">La copie du client (If-None-Match ou If-Modified-Since) est à jour.</response>
    /// <response code="429">Trop de requêtes : réessayer après le délai de l'en-tête Retry-After.</response>
    /// <response code="503">L'édition demandée est en cours de chargement : réessayer après le délai de l'en-tête Retry-After.</response>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> EventsRss(HttpContext context, CancellationToken ct) =>
        OpenDataAnswer.SendAsync(context, OpenDataFormats.Rss, ct);
}
