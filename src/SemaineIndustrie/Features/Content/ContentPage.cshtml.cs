using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

/// A published page written by administrators: /pages/{slug}, and the legal pages at the site's root.
[OutputCache(PolicyName = ContentCache.PagePolicy)]
public sealed class ContentPageModel(AppDbContext db) : PageModel
{
    public ContentBody Text { get; private set; } = null!;
    public DateOnly UpdatedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var page = await db.ContentItems.AsNoTracking().Published(ContentKind.Page).Where(c => c.Slug == slug && c.Slug != ContentPages.Edition)
            .Select(c => new { Body = new ContentBody(c.Title, c.Summary, c.Body), c.UpdatedAt })
            .FirstOrDefaultAsync(ct);
        if (page is null)
        {
            return NotFound();
        }
        Text = page.Body;
        UpdatedOn = DateOnly.FromDateTime(page.UpdatedAt);
        return Page();
    }
}
