using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

/// The pages every installation has (the presentation of the Semaine and the legal pages), created
/// with a first text on start-up when missing, then edited by administrators like any other page.
public static class ContentPages
{
    /// Its text opens the « L'édition » page.
    public const string Edition = "la-semaine-de-l-industrie";

    /// Pages served at the root of the site (/mentions-legales…) rather than under /pages.
    public static readonly string[] Fixed = ["mentions-legales", "accessibilite", "credits"];

    public static async Task EnsureAsync(AppDbContext db, DateTime now, CancellationToken ct)
    {
        var existing = await db.ContentItems.AsNoTracking().Where(c => c.Kind == ContentKind.Page).Select(c => c.Slug).ToListAsync(ct);
        var missing = ContentPageTexts.All.Where(p => !existing.Contains(p.Slug)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        foreach (var (slug, title, summary, body) in missing)
        {
            var page = new ContentItem
            {
                Kind = ContentKind.Page, Status = ContentStatus.Published, Title = title, Slug = slug, Summary = summary, Body = body,
                PublishedOn = DateOnly.FromDateTime(now), CreatedAt = now, UpdatedAt = now,
            };
            page.Fold();
            db.ContentItems.Add(page);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same time wrote them first (unique kind and slug).
            db.ChangeTracker.Clear();
        }
    }
}
