using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

/// The three latest published news items and press releases, for the home page (_LatestNews.cshtml).
/// Pages that show it should carry <see cref="ContentCache.Tag"/> in their output-cache policy.
public sealed class LatestNews(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await db.ContentItems.AsNoTracking().Published()
            .Where(c => c.Kind == ContentKind.News || c.Kind == ContentKind.PressRelease)
            .Cards().Take(3).ToListAsync(HttpContext.RequestAborted);
        return View("/Features/Content/_LatestNewsList.cshtml", items);
    }
}
