using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Events;

/// The picture of a labelled event, for its page and the previews of social networks. Its URL
/// carries the upload time, so a new picture gets a new URL and browsers may keep this one a day.
public static class EventImageEndpoint
{
    public static IEndpointRouteBuilder MapEventImage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/evenements/{id:int}/image", Download).CacheOutput(WebSetup.CataloguePagePolicy);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> Download(int id, AppDbContext db, HttpResponse response, CancellationToken ct)
    {
        var image = await db.EventImages.AsNoTracking()
            .Where(i => i.EventId == id && db.Events.Labelled().Any(e => e.Id == id))
            .Select(i => new { i.ContentType, i.Content, i.UpdatedAt })
            .FirstOrDefaultAsync(ct);
        if (image is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.CacheControl = "public, max-age=86400";
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(image.Content, image.ContentType, lastModified: DateTime.SpecifyKind(image.UpdatedAt, DateTimeKind.Utc));
    }
}
