using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Site;

namespace SemaineIndustrie.Features.Content;

/// The public content pages for sitemap.xml: the section pages, every published page, press release,
/// news item and resource (never a draft), every regional page and every edition's archive page.
/// A singleton like the other sources, so sitemap.xml may gather them from any provider.
public sealed class ContentSitemap(IServiceScopeFactory scopes, FrenchGeography geography) : ISitemapSource
{
    private static readonly string[] Sections =
        ["/edition", "/presse", "/actualites", "/espace-enseignants", "/espace-entreprises", "/regions", ContentUrls.Faq];

    public async IAsyncEnumerable<SitemapEntry> EntriesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var path in Sections)
        {
            yield return new SitemapEntry(path);
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var items = await db.ContentItems.AsNoTracking().Published()
            .Where(c => c.Kind == ContentKind.Page || c.Kind == ContentKind.PressRelease || c.Kind == ContentKind.News || c.Kind == ContentKind.Resource)
            .OrderBy(c => c.Id)
            .Select(c => new { c.Kind, c.Slug, c.UpdatedAt })
            .ToListAsync(ct);
        foreach (var item in items.Where(i => !(i.Kind == ContentKind.Page && i.Slug == ContentPages.Edition)))
        {
            yield return new SitemapEntry(ContentUrls.Of(item.Kind, item.Slug), item.UpdatedAt);
        }
        foreach (var region in geography.Regions)
        {
            yield return new SitemapEntry(RegionPages.Url(region));
        }
        foreach (var year in await db.Editions.AsNoTracking().OrderBy(e => e.Year).Select(e => e.Year).ToListAsync(ct))
        {
            yield return new SitemapEntry($"/editions/{year}");
        }
    }
}
