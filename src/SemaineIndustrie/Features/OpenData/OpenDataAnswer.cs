using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Features.OpenData;

/// What a format writes from: the parsed request and the matching events of the in-memory index,
/// in the catalogue order (first session, then id).
public sealed record OpenSelection(OpenDataQuery Query, CatalogueSnapshot Catalogue, IReadOnlyList<IndexedEvent> Events, HttpRequest Request)
{
    /// Links in the answers use the configured public address, never the Host header a client chose.
    public string Origin => Request.HttpContext.RequestServices.GetRequiredService<PublicSite>().BaseUrl;
}

public sealed record OpenFormat(string Name, string ContentType, bool Paged, int MaxAgeSeconds,
    Func<OpenSelection, CancellationToken, Task<byte[]>> Write);

/// The way every open-data format answers: validators first (a 304 costs nothing), then the bytes
/// cached for this catalogue version and query, else the search of the index and the writer.
public static class OpenDataAnswer
{
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ValidationProblem, ProblemHttpResult>> SendAsync(
        HttpContext context, OpenFormat format, CancellationToken ct)
    {
        var (request, response, services) = (context.Request, context.Response, context.RequestServices);
        var catalogue = services.GetRequiredService<CatalogueHolder>().Current;
        var seats = request.Query.ContainsKey(SearchParameters.Seats) ? services.GetRequiredService<SeatAvailability>().Version : (long?)null;
        var key = $"{catalogue.Version}-{format.Name}{request.QueryString.Value}#{seats}";
        var etag = new EntityTagHeaderValue($"\"{catalogue.Version}-{seats}-{Hash(key)}\"");
        var lastModified = services.GetRequiredService<CatalogueDates>().LastModified(catalogue.Version, seats);

        var cache = services.GetRequiredService<OpenDataCache>();
        if (cache.TryGet(key, out var cached))
        {
            return Validated(request, response, format, etag, lastModified) is { } unchanged ? unchanged : Bytes(cached, format);
        }
        var (query, errors) = OpenDataQuery.Parse(request.Query, catalogue, services.GetRequiredService<SearchQueryParser>(), format.Paged);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "Paramètres invalides");
        }
        if (!catalogue.Holds(query.Search.EditionId))
        {
            response.Headers.RetryAfter = "5";
            return TypedResults.Problem("Les événements de cette édition sont en cours de chargement : réessayez dans un instant.",
                statusCode: StatusCodes.Status503ServiceUnavailable, title: "Données en cours de chargement");
        }
        if (Validated(request, response, format, etag, lastModified) is { } notModified)
        {
            return notModified;
        }
        var events = services.GetRequiredService<EventIndex>().Matching(query.Search, catalogue).ToList();
        var body = await format.Write(new OpenSelection(query, catalogue, events, request), ct);
        cache.Add(key, body);
        return Bytes(body, format);
    }

    /// Sets the validators and caching headers; answers 304 when the client's copy is current
    /// (If-None-Match wins over If-Modified-Since, RFC 9110 §13.2.2).
    private static StatusCodeHttpResult? Validated(HttpRequest request, HttpResponse response, OpenFormat format,
        EntityTagHeaderValue etag, DateTimeOffset lastModified)
    {
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = lastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(format.MaxAgeSeconds) };
        var asked = request.GetTypedHeaders();
        var notModified = asked.IfNoneMatch.Count > 0
            ? asked.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : asked.IfModifiedSince is { } since && lastModified <= since;
        return notModified ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : null;
    }

    private static FileContentHttpResult Bytes(byte[] body, OpenFormat format) => TypedResults.Bytes(body, format.ContentType);

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 8));
}
