using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Content;

public sealed record ContentCard(int Id, ContentKind Kind, string Title, string Slug, string? Summary, DateOnly PublishedOn, string? Place, string? RegionCode)
{
    public string Url => ContentUrls.Of(Kind, Slug);
}

public sealed record FileLink(int Id, string FileName, string ContentType, int Length)
{
    public string Url => $"/fichiers/{Id}/{FileName}";

    /// « PDF, 1,2 Mo » beside a download link, as the DSFR asks.
    public string Details => $"{(ContentType == "application/pdf" ? "PDF" : ContentType[6..].ToUpperInvariant())}, {Size}";

    private string Size => Length < 1024 * 1024
        ? $"{Math.Max(1, Length / 1024)} ko"
        : (Length / (1024.0 * 1024.0)).ToString("0.#", Shared.FrenchFormat.Culture) + " Mo";
}

public static class ContentQueries
{
    public static IQueryable<ContentItem> Published(this IQueryable<ContentItem> items) =>
        items.Where(c => c.Status == ContentStatus.Published);

    public static IQueryable<ContentItem> Published(this IQueryable<ContentItem> items, ContentKind kind) =>
        items.Where(c => c.Status == ContentStatus.Published && c.Kind == kind);

    /// Newest first, then the administrators' order.
    public static IQueryable<ContentCard> Cards(this IQueryable<ContentItem> items) =>
        items.OrderByDescending(c => c.PublishedOn).ThenBy(c => c.SortOrder).ThenByDescending(c => c.Id)
            .Select(c => new ContentCard(c.Id, c.Kind, c.Title, c.Slug, c.Summary, c.PublishedOn, c.Place, c.RegionCode));

    public static Task<List<FileLink>> FilesOfAsync(this AppDbContext db, int itemId, CancellationToken ct) =>
        db.ContentFiles.AsNoTracking().Where(f => f.ContentItemId == itemId).OrderBy(f => f.Id)
            .Select(f => new FileLink(f.Id, f.FileName, f.ContentType, f.Length)).ToListAsync(ct);

    /// A free slug for this kind: the one asked for, or with « -2 », « -3 »… when it is taken.
    public static async Task<string> FreeSlugAsync(this AppDbContext db, ContentKind kind, string wanted, int? exceptId, CancellationToken ct)
    {
        var stem = Slugs.From(wanted, maxLength: 100);
        var taken = await db.ContentItems.AsNoTracking()
            .Where(c => c.Kind == kind && c.Id != exceptId && (c.Slug == stem || c.Slug.StartsWith(stem + "-")))
            .Select(c => c.Slug).ToListAsync(ct);
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{stem}-{n}";
        }
        return slug;
    }
}

/// Where each kind of content is read by the public.
public static class ContentUrls
{
    public const string Faq = "/faq";

    public static string Of(ContentKind kind, string slug) => kind switch
    {
        ContentKind.PressRelease => $"/presse/{slug}",
        ContentKind.News => $"/actualites/{slug}",
        ContentKind.Resource => $"/ressources/{slug}",
        ContentKind.Page when slug == ContentPages.Edition => "/edition",
        ContentKind.Page when ContentPages.Fixed.Contains(slug) => $"/{slug}",
        ContentKind.Page => $"/pages/{slug}",
        ContentKind.Faq => $"{Faq}#{slug}",
        _ => "/edition#partenaires",
    };
}
