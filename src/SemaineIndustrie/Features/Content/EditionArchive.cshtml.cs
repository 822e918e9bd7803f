using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

/// One edition's archive: number, theme, dates, its figures and what was published that year.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class EditionArchiveModel(AppDbContext db) : PageModel
{
    public EditionLine Edition { get; private set; } = null!;
    public DateOnly EligibleFrom { get; private set; }
    public DateOnly EligibleUntil { get; private set; }
    public IReadOnlyList<ContentCard> News { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        var edition = (await EditionModel.EditionLinesAsync(db, year, ct)).FirstOrDefault();
        var window = await db.Editions.AsNoTracking().Where(e => e.Year == year).Select(e => new { e.EligibleFrom, e.EligibleUntil }).FirstOrDefaultAsync(ct);
        if (edition is null || window is null)
        {
            return NotFound();
        }
        (Edition, EligibleFrom, EligibleUntil) = (edition, window.EligibleFrom, window.EligibleUntil);
        var from = new DateOnly(year, 1, 1);
        var until = new DateOnly(year, 12, 31);
        News = await db.ContentItems.AsNoTracking().Published()
            .Where(c => (c.Kind == ContentKind.PressRelease || c.Kind == ContentKind.News) && c.PublishedOn >= from && c.PublishedOn <= until)
            .Cards().ToListAsync(ct);
        return Page();
    }
}
