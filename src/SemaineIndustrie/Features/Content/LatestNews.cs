using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

/// The three latest published news items and press releases, for the home page (_LatestNews.cshtml).
/// Pages that show it should carry <see cref="ContentCache.Tag"/> in their output-cache policy.
public sealed class LatestNews(AppDbContext db, RecentNews recent, ContentCache cache) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View("/Features/Content/_LatestNewsList.cshtml", await recent.GetAsync(db, cache.Generation, HttpContext.RequestAborted));
}

/// The same three cards for every visitor, read once per content generation rather than on every
/// home page rendered for a signed-in user (those are never output-cached).
public sealed class RecentNews
{
    private Entry? _last;

    private sealed record Entry(long Generation, IReadOnlyList<ContentCard> Items);

    public async Task<IReadOnlyList<ContentCard>> GetAsync(AppDbContext db, long generation, CancellationToken ct)
    {
        if (Volatile.Read(ref _last) is { } last && last.Generation == generation)
        {
            return last.Items;
        }
        var items = await db.ContentItems.AsNoTracking().Published()
            .Where(c => c.Kind == ContentKind.News || c.Kind == ContentKind.PressRelease)
            .Cards().Take(3).ToListAsync(ct);
        Volatile.Write(ref _last, new Entry(generation, items));
        return items;
    }
}
